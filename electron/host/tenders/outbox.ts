/**
 * The outbox: an append-only JSON-lines file that records every redemption and every sale at the
 * till (activation, load, refund) before it is sent and every outcome after. One tender gets exactly one idempotency key, even across restarts, so a
 * retry can never charge twice. Each append is fsync'ed before the caller goes on. Card codes are
 * never written: only their last four characters.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { redemptionSchema, type Redemption } from '../../../shared/backend-api.js';
import { ERROR_CODES, type ErrorCode } from '../../../shared/error-codes.js';
import { saleSchema, type Sale } from '../../../shared/sales-api.js';

export const OUTBOX_FILE_NAME = 'outbox.jsonl';

/** What a tender does to its card: a redemption takes money off, a sale puts money on. */
export const tenderKindSchema = z.enum(['redeem', 'activate', 'load', 'refund']);
export type TenderKind = z.infer<typeof tenderKindSchema>;
/** A line without a kind was written before sales went through the outbox: a redemption. */
export const kindOf = (entry: { kind?: TenderKind | undefined }): TenderKind => entry.kind ?? 'redeem';

const baseEntry = {
  tenderId: z.string(),
  kind: tenderKindSchema.optional(),
  idempotencyKey: z.string(),
  amountMinor: z.number().int().nullable(),
  currency: z.string(),
  last4: z.string().max(4),
  at: z.string(),
  /** The cashier's shift when the tender was sent; absent on lines written before it was kept. */
  shiftId: z.string().optional(),
  /** Set when the outcome was learned by asking the backend after a lost answer or a restart. */
  recovered: z.boolean().optional(),
};

export const outboxEntrySchema = z.discriminatedUnion('state', [
  z.object({ ...baseEntry, state: z.literal('sending') }),
  /** A redemption carries `redemption` (and its id and balances); a sale carries `sale`. */
  z.object({
    ...baseEntry,
    state: z.literal('applied'),
    redemptionId: z.string().optional(),
    balanceBeforeMinor: z.number().int().optional(),
    balanceAfterMinor: z.number().int(),
    redemption: redemptionSchema.optional(),
    sale: saleSchema.optional(),
  }),
  z.object({ ...baseEntry, state: z.literal('failed'), errorCode: z.enum(ERROR_CODES) }),
  z.object({ ...baseEntry, state: z.literal('unknown') }),
  /** Not applied (or given back): a reversal by key is on its way and leaves a tombstone. */
  z.object({ ...baseEntry, state: z.literal('reversing') }),
  /** Nothing stays charged under this key, and a late copy of the request can no longer apply. */
  z.object({ ...baseEntry, state: z.literal('reversed'), moneyReturned: z.boolean() }),
]);
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
export type OutboxState = OutboxEntry['state'];

/** What the outbox knows about one tender: its key and latest entry. */
export type TenderRecord = OutboxEntry;

export interface TenderFacts {
  tenderId: string;
  /** Absent: a redemption. */
  kind?: TenderKind;
  idempotencyKey: string;
  amountMinor: number | null;
  currency: string;
  last4: string;
  shiftId?: string;
  recovered?: boolean;
}

/** States whose outcome is not final: the terminal must still ask the backend or reverse. */
export const PENDING_STATES: ReadonlySet<OutboxState> = new Set(['sending', 'unknown', 'reversing']);

export interface Outbox {
  /** The tender's key: the one already written for it, or a new one remembered from now on. */
  keyForTender(tenderId: string): string;
  /** The latest entry for a tender, if any was written. */
  latest(tenderId: string): TenderRecord | undefined;
  markSending(facts: TenderFacts): Promise<void>;
  markApplied(facts: TenderFacts, redemption: Redemption): Promise<void>;
  /** An activation, load or refund the backend applied, as it answered. */
  markSaleApplied(facts: TenderFacts, sale: Sale): Promise<void>;
  markFailed(facts: TenderFacts, errorCode: ErrorCode): Promise<void>;
  markUnknown(facts: TenderFacts): Promise<void>;
  markReversing(facts: TenderFacts): Promise<void>;
  markReversed(facts: TenderFacts, moneyReturned: boolean): Promise<void>;
  /** Gives the tender a new key: a new attempt after its last one was reversed. */
  forgetKey(tenderId: string): void;
  /** Tenders whose outcome is not final: 'unknown', 'reversing', or 'sending' when the terminal stopped. */
  pending(): TenderRecord[];
  /** The latest entry of every tender, oldest first. */
  all(): TenderRecord[];
  close(): Promise<void>;
}

export function outboxPath(terminalDir: string): string {
  return join(terminalDir, OUTBOX_FILE_NAME);
}

/** Reads the file back: the latest entry per tender. A torn last line (crash mid-write) is skipped. */
export async function replayOutbox(file: string): Promise<Map<string, TenderRecord>> {
  const latest = new Map<string, TenderRecord>();
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = outboxEntrySchema.safeParse(json);
    if (parsed.success) latest.set(parsed.data.tenderId, parsed.data);
  }
  return latest;
}

export async function openOutbox(terminalDir: string, now: () => Date = () => new Date()): Promise<Outbox> {
  await mkdir(terminalDir, { recursive: true, mode: 0o700 });
  const file = outboxPath(terminalDir);
  const latest = await replayOutbox(file);
  const unsentKeys = new Map<string, string>();
  /** Tenders whose reversed key must not be used again: their next attempt gets a new one. */
  const forgotten = new Set<string>();
  let handle: FileHandle | undefined;
  // Appends run one after another so lines never interleave and fsyncs keep their order.
  let queue: Promise<void> = Promise.resolve();

  async function appendNow(entry: OutboxEntry): Promise<void> {
    handle ??= await open(file, 'a', 0o600);
    await handle.write(`${JSON.stringify(entry)}\n`);
    await handle.sync();
    latest.set(entry.tenderId, entry);
    if (entry.state === 'sending') forgotten.delete(entry.tenderId);
  }

  let closed = false;

  function append(entry: OutboxEntry): Promise<void> {
    // After close another process may own the file: a late write from this one must not land.
    if (closed) return Promise.reject(new Error('the outbox is closed'));
    const done = queue.then(() => appendNow(entry));
    queue = done.catch(() => undefined);
    return done;
  }

  const stamp = (facts: TenderFacts) => ({
    ...factsOnly(facts),
    last4: facts.last4.slice(-4),
    at: now().toISOString(),
  });

  return {
    keyForTender(tenderId) {
      const written =
        (forgotten.has(tenderId) ? undefined : latest.get(tenderId)?.idempotencyKey) ?? unsentKeys.get(tenderId);
      if (written !== undefined) return written;
      const key = randomUUID();
      unsentKeys.set(tenderId, key);
      return key;
    },
    latest: (tenderId) => latest.get(tenderId),
    markSending: (facts) => append({ ...stamp(facts), state: 'sending' }),
    markApplied: (facts, redemption) =>
      append({
        ...stamp(facts),
        state: 'applied',
        redemptionId: redemption.id,
        balanceBeforeMinor: redemption.balanceBeforeMinor,
        balanceAfterMinor: redemption.balanceAfterMinor,
        redemption,
      }),
    markSaleApplied: (facts, sale) =>
      append({ ...stamp(facts), state: 'applied', balanceAfterMinor: sale.balanceAfterMinor, sale }),
    markFailed: (facts, errorCode) => append({ ...stamp(facts), state: 'failed', errorCode }),
    markUnknown: (facts) => append({ ...stamp(facts), state: 'unknown' }),
    markReversing: (facts) => append({ ...stamp(facts), state: 'reversing' }),
    markReversed: (facts, moneyReturned) => append({ ...stamp(facts), state: 'reversed', moneyReturned }),
    forgetKey(tenderId) {
      forgotten.add(tenderId);
      unsentKeys.delete(tenderId);
    },
    pending: () => [...latest.values()].filter((entry) => PENDING_STATES.has(entry.state)),
    all: () => [...latest.values()],
    async close() {
      closed = true;
      await queue;
      await handle?.close();
      handle = undefined;
    },
  };
}

/** Only the facts, whatever else the caller's object carries (an entry's state, a redemption). */
function factsOnly(facts: TenderFacts): TenderFacts {
  const { tenderId, kind, idempotencyKey, amountMinor, currency, last4, shiftId, recovered } = facts;
  return {
    tenderId,
    ...(kind === undefined || kind === 'redeem' ? {} : { kind }),
    idempotencyKey,
    amountMinor,
    currency,
    last4,
    ...(shiftId === undefined ? {} : { shiftId }),
    ...(recovered === undefined ? {} : { recovered }),
  };
}
