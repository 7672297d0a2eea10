import type { Selectable } from 'kysely';
import type { Shift } from '../../shared/backend-api.js';
import type { ShiftsTable } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';
import { newId } from '../ids.js';

export type ShiftRow = Selectable<ShiftsTable>;

export async function findShift(db: Trx, shiftId: string): Promise<ShiftRow | undefined> {
  return db.selectFrom('shifts').selectAll().where('id', '=', shiftId).executeTakeFirst();
}

/** The cashier's open shift on this terminal, or a new one (at most one is open: unique index). */
export async function openOrResumeShift(
  trx: Trx,
  input: { storeId: string; terminalId: string; cashierId: string; now: string },
): Promise<ShiftRow> {
  const open = await trx
    .selectFrom('shifts')
    .selectAll()
    .where('cashier_id', '=', input.cashierId)
    .where('terminal_id', '=', input.terminalId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open !== undefined) return open;
  const row: ShiftRow = {
    id: newId('shf'),
    store_id: input.storeId,
    terminal_id: input.terminalId,
    cashier_id: input.cashierId,
    status: 'open',
    opened_at: input.now,
    closed_at: null,
    closed_by: null,
  };
  await trx.insertInto('shifts').values(row).execute();
  return row;
}

export function rowToShift(row: ShiftRow): Shift {
  return {
    id: row.id,
    storeId: row.store_id,
    terminalId: row.terminal_id,
    cashierId: row.cashier_id,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  };
}
