import type { Kysely, Selectable } from 'kysely';
import type { Database, StaffTable } from '../db/schema.js';

export type StaffRow = Selectable<StaffTable>;
type StaffSummary = Pick<StaffRow, 'id' | 'store_id' | 'name' | 'role' | 'pin_length' | 'disabled_at'>;

export async function staffIds(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('staff').select('id').execute()).map((row) => row.id);
}

export async function insertStaffRow(db: Kysely<Database>, row: StaffRow): Promise<void> {
  await db.insertInto('staff').values(row).execute();
}

export async function findStaffRow(db: Kysely<Database>, staffId: string): Promise<StaffSummary | undefined> {
  return db
    .selectFrom('staff')
    .select(['id', 'store_id', 'name', 'role', 'pin_length', 'disabled_at'])
    .where('id', '=', staffId)
    .executeTakeFirst();
}

/** Everyone on staff, optionally of one store, by store, role and id. */
export async function listStaffRows(db: Kysely<Database>, storeId?: string): Promise<StaffSummary[]> {
  let query = db
    .selectFrom('staff')
    .select(['id', 'store_id', 'name', 'role', 'pin_length', 'disabled_at'])
    .orderBy('store_id')
    .orderBy('role')
    .orderBy('id');
  if (storeId !== undefined) query = query.where('store_id', '=', storeId);
  return query.execute();
}

export async function setPinHash(
  db: Kysely<Database>,
  staffId: string,
  pinHash: string,
  pinLength: number,
): Promise<void> {
  await db.updateTable('staff').set({ pin_hash: pinHash, pin_length: pinLength }).where('id', '=', staffId).execute();
}
