import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The most write transactions one COMMIT serves; more wait for the next one. */
const MAX_BATCH = 128;

interface Pending {
  fn: (trx: Kysely<Database>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * SQLite group commit: write transactions that arrive together share one BEGIN IMMEDIATE … COMMIT,
 * so one fsync (synchronous=FULL) makes all of them durable instead of one fsync each.
 * - Each runs alone in its own SAVEPOINT, one after the other on the single connection: one that
 *   throws is rolled back to its savepoint and gets its own error; the others are not touched, and
 *   each later one sees what the earlier ones wrote (a repeated idempotency key finds its record).
 * - No caller hears back before the COMMIT returned: an answer never goes out for a write that is
 *   not yet durable. When the COMMIT (or the transaction) fails, every caller of the batch gets
 *   the error, and nothing of the batch is kept.
 * "Together" means: in the same turn of the event loop. The batch is cut when the turn ends
 * (setImmediate); while one COMMIT syncs, the requests arriving meanwhile form the next batch.
 */
export class GroupCommit {
  private readonly queue: Pending[] = [];
  private scheduled = false;
  private running = false;
  /** How many transactions each COMMIT carried, for /metrics. */
  onBatch: ((size: number) => void) | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  run<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.running = true;
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      const outcomes = await this.db.connection().execute((connection) => commitTogether(connection, batch));
      this.onBatch?.(batch.length);
      batch.forEach((pending, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) pending.resolve(outcome.value);
        else pending.reject(outcome?.error);
      });
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}

async function commitTogether(connection: Kysely<Database>, batch: readonly Pending[]): Promise<Outcome[]> {
  await sql`begin immediate`.execute(connection);
  try {
    const outcomes: Outcome[] = [];
    for (const pending of batch) {
      await sql`savepoint one_write`.execute(connection);
      try {
        const value = await pending.fn(connection);
        await sql`release one_write`.execute(connection);
        outcomes.push({ ok: true, value });
      } catch (error) {
        // Undo this one's writes only. Should SQLite have ended the whole transaction (a full
        // disk, an I/O error), this fails too, and the batch fails as one.
        await sql`rollback to one_write`.execute(connection);
        await sql`release one_write`.execute(connection);
        outcomes.push({ ok: false, error });
      }
    }
    await sql`commit`.execute(connection);
    return outcomes;
  } catch (error) {
    await sql`rollback`.execute(connection).catch(() => undefined);
    throw error;
  }
}
