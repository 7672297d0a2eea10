import type { Kysely, Selectable } from 'kysely';
import type { Database, LockoutEventsTable } from '../db/schema.js';

export type LockoutEventRow = Selectable<LockoutEventsTable>;

/** One row per wait that started, for the shift report's count and /metrics. */
export async function insertLockoutEvent(
  db: Kysely<Database>,
  row: Omit<LockoutEventRow, 'unlocked_by' | 'unlocked_at'>,
): Promise<void> {
  await db.insertInto('lockout_events').values(row).execute();
}

/** A manager ended the terminal's running waits. */
export async function markTerminalUnlocked(
  db: Kysely<Database>,
  terminalId: string,
  managerId: string,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('lockout_events')
    .set({ unlocked_by: managerId, unlocked_at: nowIso })
    .where('terminal_id', '=', terminalId)
    .where('unlocked_at', 'is', null)
    .where('locked_until', '>', nowIso)
    .execute();
}
