import type { Kysely, Selectable } from 'kysely';
import type { Database, TerminalsTable } from '../db/schema.js';

export type TerminalRow = Selectable<TerminalsTable>;

export async function findTerminalRow(db: Kysely<Database>, terminalId: string): Promise<TerminalRow | undefined> {
  return db.selectFrom('terminals').selectAll().where('id', '=', terminalId).executeTakeFirst();
}

export async function insertTerminalRow(db: Kysely<Database>, row: TerminalRow): Promise<void> {
  await db.insertInto('terminals').values(row).execute();
}

/** Sets a terminal's key hash and lifts a revocation; false when there is no such terminal. */
export async function setTerminalKeyHash(db: Kysely<Database>, terminalId: string, keyHash: string): Promise<boolean> {
  const result = await db
    .updateTable('terminals')
    .set({ key_hash: keyHash, revoked_at: null })
    .where('id', '=', terminalId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes a terminal's key; false when there is no such terminal or it was revoked already. */
export async function revokeTerminalRow(db: Kysely<Database>, terminalId: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('terminals')
    .set({ revoked_at: nowIso })
    .where('id', '=', terminalId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
