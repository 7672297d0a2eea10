import type { Kysely } from 'kysely';
import type { OpenDatabase } from './database.js';
import { isRetryableConflict } from './errors.js';
import type { Database } from './schema.js';

/** Thrown inside a write transaction to roll it back and run it again from the start. */
export class RetryTransaction extends Error {
  constructor(why: string) {
    super(`transaction retried: ${why}`);
  }
}

const MAX_ATTEMPTS = 3;

/**
 * Runs fn in one write transaction that behaves the same on both dialects:
 * - SQLite: in a SAVEPOINT of a BEGIN IMMEDIATE transaction on Kysely's single connection, which
 *   the writes arriving in the same turn of the event loop share, so one COMMIT (one fsync) makes
 *   them all durable (db/group-commit.ts); the write lock is taken up front (a deferred BEGIN
 *   could fail half-way with SQLITE_BUSY when another process writes). fn's promise settles after
 *   the COMMIT;
 * - PostgreSQL: READ COMMITTED; services rely on conditional UPDATEs and unique keys, not on
 *   reads, for correctness.
 * fn may throw RetryTransaction to run again; a unique violation, serialization failure or deadlock
 * (a concurrent transaction won a race) also runs it again, up to MAX_ATTEMPTS in all.
 */
export async function inWriteTransaction<T>(
  database: OpenDatabase,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(database, fn);
    } catch (error) {
      const retryable = error instanceof RetryTransaction || isRetryableConflict(error);
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function runOnce<T>(database: OpenDatabase, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (database.dialect === 'postgres' || database.groupCommit === undefined) {
    return database.db.transaction().execute(fn);
  }
  return database.groupCommit.run(fn);
}

/** What repositories take first: the database or an open transaction (same type in Kysely). */
export type Trx = Kysely<Database>;
