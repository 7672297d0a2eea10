/**
 * The simulated network between terminal hosts and the backend: each call goes to the backend —
 * its Fastify app in process (inject), or a real backend process over HTTP (crash mode) — unless
 * the seed decides to lose it, lose its answer, hold it back and deliver it later (out of order,
 * after the caller gave up), or deliver it twice. While the backend is down every call fails to
 * connect. Every 5xx answer is counted: the backend must never fail a request of this workload.
 */
import type { FastifyInstance } from 'fastify';
import type { FetchFunction } from '../../electron/host/backend-client.js';
import type { Random } from './prng.js';

export interface FaultRates {
  dropRequest: number;
  dropResponse: number;
  delay: number;
  duplicate: number;
}

export const DEFAULT_FAULT_RATES: FaultRates = { dropRequest: 0.05, dropResponse: 0.05, delay: 0.05, duplicate: 0.05 };

export interface NetworkCounts {
  calls: number;
  droppedRequests: number;
  droppedResponses: number;
  delayed: number;
  duplicated: number;
  lateDelivered: number;
  refused: number;
  /** Answers of 500 and up: a bug (or a killed process mid-answer, which never answers at all). */
  serverErrors: number;
}

/** One request to the backend; null when nothing listens there. */
export type Transport = (path: string, init: RequestInit | undefined) => Promise<Response | null>;

/** The backend's app in this process. */
export function injectTransport(app: FastifyInstance): Transport {
  return async (path, init) => {
    const answer = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: path,
      headers: init?.headers as Record<string, string>,
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    const noBody = answer.statusCode === 204 || answer.statusCode === 304;
    return new Response(noBody ? null : answer.body, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
}

/** A backend process at this address; a refused or cut connection is null (the process is gone). */
export function httpTransport(baseUrl: string): Transport {
  return async (path, init) => {
    try {
      const answer = await fetch(`${baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
      // Read it whole now: a process killed half-way through an answer gives no answer.
      const body = await answer.arrayBuffer();
      return new Response(answer.status === 204 ? null : body, {
        status: answer.status,
        headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
      });
    } catch {
      return null;
    }
  };
}

export interface SimNetwork {
  fetch: FetchFunction;
  /** Delivers held-back requests: a random share of them, in random order. */
  deliverLate(all?: boolean): Promise<void>;
  readonly lateCount: number;
  setRates(rates: FaultRates): void;
  /** Holds the next call back (the caller times out); deliverLate sends it. */
  holdNext(): void;
  readonly counts: NetworkCounts;
}

const connectionError = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: { code } });
const timeoutError = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');

export function createSimNetwork(random: Random, backend: () => Transport | null): SimNetwork {
  let rates = DEFAULT_FAULT_RATES;
  let late: (() => Promise<void>)[] = [];
  let holding = false;
  const counts: NetworkCounts = {
    calls: 0,
    droppedRequests: 0,
    droppedResponses: 0,
    delayed: 0,
    duplicated: 0,
    lateDelivered: 0,
    refused: 0,
    serverErrors: 0,
  };

  async function inject(path: string, init: RequestInit | undefined): Promise<Response | null> {
    const transport = backend();
    const answer = transport === null ? null : await transport(path, init);
    if (answer !== null && answer.status >= 500) counts.serverErrors += 1;
    return answer;
  }

  const fetch: FetchFunction = async (input, init) => {
    counts.calls += 1;
    const path = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).pathname;
    if (!backend()) {
      counts.refused += 1;
      throw connectionError('ECONNREFUSED');
    }
    if (holding) {
      holding = false;
      counts.delayed += 1;
      late.push(async () => {
        counts.lateDelivered += 1;
        await inject(path, init);
      });
      throw timeoutError();
    }
    const roll = random.next();
    let edge = rates.dropRequest;
    if (roll < edge) {
      counts.droppedRequests += 1;
      throw connectionError('ECONNRESET');
    }
    if (roll < (edge += rates.delay)) {
      counts.delayed += 1;
      late.push(async () => {
        counts.lateDelivered += 1;
        await inject(path, init);
      });
      throw timeoutError();
    }
    if (roll < (edge += rates.dropResponse)) {
      counts.droppedResponses += 1;
      await inject(path, init);
      throw connectionError('ECONNRESET');
    }
    const answer = await inject(path, init);
    if (!answer) throw connectionError('ECONNREFUSED');
    if (roll < edge + rates.duplicate) {
      counts.duplicated += 1;
      // The copy arrives now or later: either way it must replay, never charge again.
      const copy = async () => void (await inject(path, init));
      if (random.chance(0.5)) await copy();
      else late.push(copy);
    }
    return answer;
  };

  return {
    fetch,
    async deliverLate(all = false) {
      const chosen = all ? late : late.filter(() => random.chance(0.5));
      late = late.filter((item) => !chosen.includes(item));
      // Reordered: a late copy may overtake one sent before it.
      const shuffled = chosen.map((item) => ({ item, order: random.next() })).sort((a, b) => a.order - b.order);
      for (const { item } of shuffled) await item();
    },
    get lateCount() {
      return late.length;
    },
    setRates(next) {
      rates = next;
    },
    holdNext() {
      holding = true;
    },
    counts,
  };
}
