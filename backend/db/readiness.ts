import { sql } from 'kysely';
import type { OpenDatabase } from './database.js';

/** How long the database gets to answer a readiness probe. */
export const READINESS_TIMEOUT_MS = 2_000;

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether the database can take a redemption now. PostgreSQL: a pooled connection answers a
 * query (a server that is down, refuses connections or does not answer within the timeout is not
 * ready). SQLite: the write lock can be taken at once (BEGIN IMMEDIATE, then ROLLBACK: nothing is
 * written); another process holding it, or a file that cannot be read, is not ready. The busy
 * timeout is 0 for the probe, so a locked file never blocks the event loop.
 */
export async function checkReadiness(database: OpenDatabase, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, reason: `the database did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([probe(database), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function probe(database: OpenDatabase): Promise<Readiness> {
  try {
    if (database.dialect === 'postgres') {
      await sql`select 1 from stores limit 1`.execute(database.db);
    } else {
      await database.db.connection().execute(async (connection) => {
        const busyTimeoutMs = await currentBusyTimeout(connection);
        await sql`pragma busy_timeout = 0`.execute(connection);
        try {
          await sql`begin immediate`.execute(connection);
          try {
            await sql`select 1 from stores limit 1`.execute(connection);
          } finally {
            await sql`rollback`.execute(connection);
          }
        } finally {
          await sql.raw(`pragma busy_timeout = ${busyTimeoutMs}`).execute(connection);
        }
      });
    }
    return { ready: true };
  } catch (error) {
    return { ready: false, reason: describe(error) };
  }
}

async function currentBusyTimeout(connection: OpenDatabase['db']): Promise<number> {
  const result = await sql<{ timeout: number }>`pragma busy_timeout`.execute(connection);
  return Number(result.rows[0]?.timeout ?? 0);
}

/** The database's own words, without anything from a request (a probe carries none). */
function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
