/**
 * Settles redemptions and sales whose answer was lost. For each pending tender the host asks the
 * backend what became of its key: applied → approved; not applied → a reversal by key (a sale's
 * key: a cancellation), which leaves a tombstone so a late copy of the request can never charge or
 * credit the card; no answer → still unknown, asked again with back-off until the backend is back.
 * Only the key travels: no code, no token.
 */
import type { Outcome, OutcomeState } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';
import type { TerminalLogger } from '../logger.js';
import { kindOf, PENDING_STATES, type Outbox, type TenderFacts, type TenderRecord } from './outbox.js';
import { backoffDelayMs } from '../../../shared/backoff.js';

export const RECOVERY_FIRST_DELAY_MS = 500;
export const RECOVERY_MAX_DELAY_MS = 15_000;

export interface RecoveryTimers {
  setTimeout(run: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: RecoveryTimers = {
  setTimeout: (run, delayMs) => {
    const handle = setTimeout(run, delayMs);
    // Asking again must not keep an otherwise finished process alive.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface RecoveryOptions {
  outbox: Outbox;
  logger: TerminalLogger;
  /** Null while the terminal has no key: nothing can be asked. */
  client: BackendClient | null;
  now: () => Date;
  /** Tenders being sent right now: their answer is still on its way. */
  isInFlight: (tenderId: string) => boolean;
  onOutcome: (outcome: Outcome) => void;
  timers?: RecoveryTimers;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** The jitter's source (0..1); Math.random unless a test fixes it. */
  random?: () => number;
}

export interface Recovery {
  /** Asks about one tender now; answers its latest outbox entry afterwards. */
  resolve(tenderId: string): Promise<TenderRecord | undefined>;
  /** One pass over every pending tender (coalesced with a pass already running). */
  resolveAll(): Promise<void>;
  /** Keeps asking with back-off until nothing is pending. */
  schedule(): void;
  /** Outcomes learned by asking, since the host started, oldest first. */
  resolved(): Outcome[];
  /** Tenders being asked about right now. */
  checking(tenderId: string): boolean;
  stop(): void;
}

export function outcomeOf(entry: TenderRecord, state: OutcomeState): Outcome {
  return {
    tenderId: entry.tenderId,
    last4: entry.last4,
    amountMinor: entry.amountMinor,
    currency: entry.currency,
    state,
    ...(entry.state === 'applied' && state === 'applied' && entry.redemption ? { redemption: entry.redemption } : {}),
    at: entry.at,
  };
}

export function createRecovery(options: RecoveryOptions): Recovery {
  const { outbox, logger, client } = options;
  const timers = options.timers ?? realTimers;
  const firstDelayMs = options.firstDelayMs ?? RECOVERY_FIRST_DELAY_MS;
  const maxDelayMs = options.maxDelayMs ?? RECOVERY_MAX_DELAY_MS;
  const running = new Map<string, Promise<TenderRecord | undefined>>();
  const resolvedOutcomes: Outcome[] = [];
  let pass: Promise<void> | undefined;
  let timer: unknown;
  // Every terminal of a store retries against the same backend: jitter keeps them out of step.
  const backoff = { initialDelayMs: firstDelayMs, maxDelayMs, jitterRatio: 0.2 };
  let attempt = 0;
  let stopped = false;

  function settled(entry: TenderRecord | undefined): TenderRecord | undefined {
    if (!entry || (entry.state !== 'applied' && entry.state !== 'reversed')) return entry;
    const outcome = outcomeOf(entry, entry.state);
    resolvedOutcomes.push(outcome);
    logger.info({ tenderId: entry.tenderId, last4: entry.last4, outcome: entry.state }, 'lost answer settled');
    options.onOutcome(outcome);
    return entry;
  }

  async function reverse(backend: BackendClient, facts: TenderFacts): Promise<TenderRecord | undefined> {
    if (outbox.latest(facts.tenderId)?.state !== 'reversing') await outbox.markReversing(facts);
    const answer = await backend.reverse({ idempotencyKey: facts.idempotencyKey });
    if (!answer.ok) return stillUnknown(facts.tenderId, answer.error.code);
    await outbox.markReversed(facts, answer.value.status === 'reversed');
    return settled(outbox.latest(facts.tenderId));
  }

  function stillUnknown(tenderId: string, code: string): TenderRecord | undefined {
    const entry = outbox.latest(tenderId);
    logger.info({ tenderId, code }, 'outcome still unknown');
    if (entry) options.onOutcome(outcomeOf(entry, 'unknown'));
    return entry;
  }

  /**
   * A sale is never taken back: a cancellation leaves a tombstone under a key that credited
   * nothing, and answers the sale when a copy of the request had applied after all.
   */
  async function cancelSale(backend: BackendClient, facts: TenderFacts): Promise<TenderRecord | undefined> {
    const kind = kindOf(facts);
    if (kind === 'redeem') throw new Error('a redemption is reversed, not cancelled');
    if (outbox.latest(facts.tenderId)?.state !== 'reversing') await outbox.markReversing(facts);
    const answer = await backend.cancelSale({ idempotencyKey: facts.idempotencyKey, kind });
    if (!answer.ok) return stillUnknown(facts.tenderId, answer.error.code);
    if (answer.value.sale) await outbox.markSaleApplied(facts, answer.value.sale);
    else await outbox.markReversed(facts, false);
    return settled(outbox.latest(facts.tenderId));
  }

  async function askSale(backend: BackendClient, entry: TenderRecord): Promise<TenderRecord | undefined> {
    const facts: TenderFacts = { ...entry, recovered: true };
    if (entry.state === 'reversing') return cancelSale(backend, facts);
    const answer = await backend.saleByKey(entry.idempotencyKey);
    if (answer.ok && answer.value.sale) {
      await outbox.markSaleApplied(facts, answer.value.sale);
      return settled(outbox.latest(entry.tenderId));
    }
    if (answer.ok) {
      await outbox.markReversed(facts, false);
      return settled(outbox.latest(entry.tenderId));
    }
    if (answer.error.code === 'not_found') return cancelSale(backend, facts);
    return stillUnknown(entry.tenderId, answer.error.code);
  }

  async function ask(entry: TenderRecord): Promise<TenderRecord | undefined> {
    if (!client) return entry;
    const facts: TenderFacts = { ...entry, recovered: true };
    options.onOutcome(outcomeOf(entry, 'checking'));
    if (kindOf(entry) !== 'redeem') return askSale(client, entry);
    if (entry.state === 'reversing') return reverse(client, facts);
    const answer = await client.redemptionByKey(entry.idempotencyKey);
    if (answer.ok && answer.value.status === 'applied' && answer.value.redemption) {
      await outbox.markApplied(facts, answer.value.redemption);
      return settled(outbox.latest(entry.tenderId));
    }
    if (answer.ok) {
      await outbox.markReversed(facts, answer.value.redemption !== null);
      return settled(outbox.latest(entry.tenderId));
    }
    if (answer.error.code === 'not_found') return reverse(client, facts);
    return stillUnknown(entry.tenderId, answer.error.code);
  }

  function resolve(tenderId: string): Promise<TenderRecord | undefined> {
    const joined = running.get(tenderId);
    if (joined) return joined;
    const entry = outbox.latest(tenderId);
    if (!entry || !PENDING_STATES.has(entry.state) || options.isInFlight(tenderId)) {
      return Promise.resolve(entry);
    }
    const asking = ask(entry)
      .catch((error: unknown) => {
        logger.error({ tenderId, err: (error as Error).message }, 'settling a lost answer failed');
        return outbox.latest(tenderId);
      })
      .finally(() => running.delete(tenderId));
    running.set(tenderId, asking);
    return asking;
  }

  function resolveAll(): Promise<void> {
    pass ??= (async () => {
      // One at a time: a terminal has few pending tenders, and a backend just back needs no burst.
      for (const entry of outbox.pending()) await resolve(entry.tenderId);
    })().finally(() => {
      pass = undefined;
    });
    return pass;
  }

  function schedule(): void {
    if (stopped || timer !== undefined) return;
    timer = timers.setTimeout(
      () => {
        void resolveAll().then(() => {
          timer = undefined;
          const left = outbox.pending().filter((entry) => !options.isInFlight(entry.tenderId)).length;
          attempt = left === 0 ? 0 : attempt + 1;
          if (left > 0) schedule();
        });
      },
      backoffDelayMs(attempt, backoff, options.random),
    );
  }

  return {
    resolve,
    resolveAll,
    schedule,
    resolved: () => [...resolvedOutcomes],
    checking: (tenderId) => running.has(tenderId),
    stop() {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
    },
  };
}
