import type { Selectable } from 'kysely';
import type { Shift } from '../../shared/backend-api.js';
import type { ShiftsTable } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';
import type { Page } from '../http/page.js';
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

/**
 * Closes an open shift (the Z report's guard: it waits for every write holding the shift's row,
 * shifts/open-shift.ts); undefined when the shift was not open.
 */
export async function closeOpenShift(
  db: Trx,
  shiftId: string,
  closedBy: string,
  nowIso: string,
): Promise<ShiftRow | undefined> {
  return db
    .updateTable('shifts')
    .set({ status: 'closed', closed_at: nowIso, closed_by: closedBy })
    .where('id', '=', shiftId)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

/** One page (limit + 1 rows) of the store's shifts opened in [from, to), with cashier and terminal names. */
export async function storeShiftsPage(db: Trx, storeId: string, range: { from: string; to: string }, page: Page) {
  let query = db
    .selectFrom('shifts')
    .innerJoin('staff', 'staff.id', 'shifts.cashier_id')
    .innerJoin('terminals', 'terminals.id', 'shifts.terminal_id')
    .selectAll('shifts')
    .select(['staff.name as cashier_name', 'terminals.name as terminal_name'])
    .where('shifts.store_id', '=', storeId)
    .where('shifts.opened_at', '>=', range.from)
    .where('shifts.opened_at', '<', range.to);
  if (page.after !== null) {
    const [openedAt = '', id = ''] = page.after;
    query = query.where((eb) => eb(eb.refTuple('shifts.opened_at', 'shifts.id'), '>', eb.tuple(openedAt, id)));
  }
  return query
    .orderBy('shifts.opened_at')
    .orderBy('shifts.id')
    .limit(page.limit + 1)
    .execute();
}

/**
 * The cashiers (or terminals) with shifts of the store opened in [from, to), with their names, in
 * the order their first shift there opened.
 */
export async function shiftGroups(
  db: Trx,
  storeId: string,
  range: { from: string; to: string },
  by: 'cashier_id' | 'terminal_id',
): Promise<Array<{ id: string; name: string }>> {
  const named =
    by === 'cashier_id'
      ? db.selectFrom('shifts').innerJoin('staff as named', 'named.id', 'shifts.cashier_id')
      : db.selectFrom('shifts').innerJoin('terminals as named', 'named.id', 'shifts.terminal_id');
  return named
    .select((eb) => ['named.id', 'named.name', eb.fn.min('shifts.opened_at').as('first_opened_at')])
    .where('shifts.store_id', '=', storeId)
    .where('shifts.opened_at', '>=', range.from)
    .where('shifts.opened_at', '<', range.to)
    .groupBy(['named.id', 'named.name'])
    .orderBy('first_opened_at')
    .orderBy('named.id')
    .execute();
}
