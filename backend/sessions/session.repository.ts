import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../db/schema.js';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** Ends a session (no-op when it has ended already). */
export async function endSession(db: Kysely<Database>, tokenHash: string, nowIso: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: nowIso })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}
