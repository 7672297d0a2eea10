/**
 * A terminal host as a process of its own, for the simulator's crash mode: the parent kills it
 * with SIGKILL (no shutdown code runs, whatever it was writing stops where it was) and starts a
 * new one on the same folder. It reaches the backend through the parent's simulated network and
 * reads the parent's clock, and its recovery timers fire when the parent says "tick".
 *
 * Messages in: `start`, `call` (a terminal-API method), `tick`, `clock`, `fetched`.
 * Messages out: `started`, `result`, `outcome`, `fetch`, `ticked`.
 */
import { createTerminalHost, type TerminalHost } from '../../electron/host/handlers.js';
import { silentLogger } from '../../electron/host/logger.js';
import type { RecoveryTimers } from '../../electron/host/tenders/recovery.js';
import type { HostMessage, ParentMessage, WireAnswer } from './host-process-wire.js';

let nowMs = Date.now();
let host: TerminalHost | null = null;
let due: (() => void)[] = [];
let nextFetchId = 1;
const pendingFetches = new Map<number, (answer: WireAnswer) => void>();

const send = (message: HostMessage): void => {
  process.send?.(message);
};

const timers: RecoveryTimers = {
  setTimeout: (run) => {
    due.push(run);
    return run;
  },
  clearTimeout: (handle) => {
    due = due.filter((run) => run !== handle);
  },
};

/** fetch over the parent's simulated network: the parent decides what is lost, late or doubled. */
async function fetchThroughParent(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const id = nextFetchId++;
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const answer = await new Promise<WireAnswer>((resolve, reject) => {
    pendingFetches.set(id, resolve);
    init?.signal?.addEventListener('abort', () => {
      pendingFetches.delete(id);
      reject(init.signal?.reason instanceof Error ? init.signal.reason : new DOMException('aborted', 'AbortError'));
    });
    send({
      type: 'fetch',
      id,
      url,
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : null,
    });
  });
  if (answer.kind === 'timeout') throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
  if (answer.kind === 'connection') {
    throw Object.assign(new TypeError('fetch failed'), { cause: { code: answer.code } });
  }
  return new Response(answer.status === 204 ? null : answer.body, {
    status: answer.status,
    headers: { 'content-type': answer.contentType },
  });
}

async function handle(message: ParentMessage): Promise<void> {
  if ('nowMs' in message) nowMs = message.nowMs;
  switch (message.type) {
    case 'start': {
      host = await createTerminalHost({
        terminalDir: message.terminalDir,
        env: { TILLCARD_BACKEND_URL: 'http://backend.sim', TILLCARD_TERMINAL_KEY: message.terminalKey },
        clock: { now: () => new Date(nowMs) },
        fetch: fetchThroughParent as typeof fetch,
        logger: silentLogger(),
        probeIntervalMs: 1_000_000_000,
        recoveryTimers: timers,
      });
      host.on('outcome', (outcome) => send({ type: 'outcome', outcome }));
      send({ type: 'started' });
      return;
    }
    case 'call': {
      if (!host) throw new Error('the host has not started');
      const method = host[message.method] as (input: unknown) => Promise<unknown>;
      const value = await method.call(host, message.input);
      send({ type: 'result', id: message.id, value });
      return;
    }
    case 'tick': {
      const running = due;
      due = [];
      for (const run of running) run();
      for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
      send({ type: 'ticked', id: message.id });
      return;
    }
    case 'fetched':
      pendingFetches.get(message.id)?.(message.answer);
      pendingFetches.delete(message.id);
      return;
  }
}

process.on('message', (message: ParentMessage) => {
  void handle(message).catch((error: unknown) => {
    process.stderr.write(`terminal host process: ${String(error)}\n`);
    process.exit(1);
  });
});
