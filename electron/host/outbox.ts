/**
 * The outbox: an append-only JSON-lines file that records every redemption before it is sent and
 * every outcome after. One tender gets exactly one idempotency key, even across restarts, so a
 * retry can never charge twice. Each append is fsync'ed before the caller goes on. Card codes are
 * never written: only their last four characters.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { redemptionSchema, type Redemption } from '../../shared/backend-api.js';
import { ERROR_CODES, type ErrorCode } from '../../shared/error-codes.js';

export const OUTBOX_FILE_NAME = 'outbox.jsonl';

const baseEntry = {
  tenderId: z.string(),
  idempotencyKey: z.string(),
  amountMinor: z.number().int().nullable(),
  currency: z.string(),
  last4: z.string().max(4),
  at: z.string(),
};

export const outboxEntrySchema = z.discriminatedUnion('state', [
  z.object({ ...baseEntry, state: z.literal('sending') }),
  z.object({
    ...baseEntry,
    state: z.literal('applied'),
    redemptionId: z.string(),
    balanceBeforeMinor: z.number().int(),
    balanceAfterMinor: z.number().int(),
    redemption: redemptionSchema,
  }),
  z.object({ ...baseEntry, state: z.literal('failed'), errorCode: z.enum(ERROR_CODES) }),
  z.object({ ...baseEntry, state: z.literal('unknown') }),
]);
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
export type OutboxState = OutboxEntry['state'];

/** What the outbox knows about one tender: its key and latest entry. */
export type TenderRecord = OutboxEntry;

export interface TenderFacts {
  tenderId: string;
  idempotencyKey: string;
  amountMinor: number | null;
  currency: string;
  last4: string;
}

export interface Outbox {
  /** The tender's key: the one already written for it, or a new one remembered from now on. */
  keyForTender(tenderId: string): string;
  /** The latest entry for a tender, if any was written. */
  latest(tenderId: string): TenderRecord | undefined;
  markSending(facts: TenderFacts): Promise<void>;
  markApplied(facts: TenderFacts, redemption: Redemption): Promise<void>;
  markFailed(facts: TenderFacts, errorCode: ErrorCode): Promise<void>;
  markUnknown(facts: TenderFacts): Promise<void>;
  /** Tenders whose outcome is not known: left 'unknown', or 'sending' when the terminal stopped. */
  pending(): TenderRecord[];
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
  let handle: FileHandle | undefined;
  // Appends run one after another so lines never interleave and fsyncs keep their order.
  let queue: Promise<void> = Promise.resolve();

  async function appendNow(entry: OutboxEntry): Promise<void> {
    handle ??= await open(file, 'a', 0o600);
    await handle.write(`${JSON.stringify(entry)}\n`);
    await handle.sync();
    latest.set(entry.tenderId, entry);
  }

  function append(entry: OutboxEntry): Promise<void> {
    const done = queue.then(() => appendNow(entry));
    queue = done.catch(() => undefined);
    return done;
  }

  const stamp = (facts: TenderFacts) => ({ ...facts, last4: facts.last4.slice(-4), at: now().toISOString() });

  return {
    keyForTender(tenderId) {
      const written = latest.get(tenderId)?.idempotencyKey ?? unsentKeys.get(tenderId);
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
    markFailed: (facts, errorCode) => append({ ...stamp(facts), state: 'failed', errorCode }),
    markUnknown: (facts) => append({ ...stamp(facts), state: 'unknown' }),
    pending: () => [...latest.values()].filter((entry) => entry.state === 'unknown' || entry.state === 'sending'),
    async close() {
      await queue;
      await handle?.close();
      handle = undefined;
    },
  };
}
