import type { PageQuery, ShiftReportPage, Store, Totals } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import type { Trx } from '../db/transaction.js';
import { pageFrom, pageOf } from '../http/page.js';
import { rowToShift, shiftGroups, storeShiftsPage } from './shift.repository.js';
import { totalsFromLedger } from './totals.js';
import {
  ledgerByShift,
  ledgerByShiftGroup,
  lockoutsByShift,
  lockoutsByShiftGroup,
  NO_LOCKOUTS,
  type OpenedRange,
  type ShiftGroup,
} from './totals.repository.js';

/**
 * The store's shifts opened in [from, to), a page at a time in opening order, each with its
 * totals; and the totals per cashier and per terminal over the whole range (aggregated in the
 * database, so every page carries the same).
 */
export async function shiftReport(
  ctx: BackendContext,
  store: Store,
  range: OpenedRange,
  query: PageQuery,
): Promise<ShiftReportPage> {
  const db = ctx.database.db;
  const page = pageFrom(query, 2);
  const rows = await storeShiftsPage(db, store.id, range, page);
  const { items, nextCursor } = pageOf(rows, page, (row) => [row.opened_at, row.id]);
  const ids = items.map((row) => row.id);
  const ledger = await ledgerByShift(db, ids);
  const lockouts = await lockoutsByShift(db, ids);
  const shifts = items.map((row) => ({
    shift: rowToShift(row),
    cashierName: row.cashier_name,
    terminalName: row.terminal_name,
    totals: totalsFromLedger(store.currency, ledger.get(row.id) ?? [], lockouts.get(row.id) ?? NO_LOCKOUTS),
  }));
  const byCashier = await totalsByGroup(db, store, range, 'cashier_id');
  const byTerminal = await totalsByGroup(db, store, range, 'terminal_id');
  return {
    store,
    shifts,
    byCashier: byCashier.map(({ id, name, totals }) => ({ cashierId: id, cashierName: name, totals })),
    byTerminal: byTerminal.map(({ id, name, totals }) => ({ terminalId: id, terminalName: name, totals })),
    nextCursor,
  };
}

/**
 * Totals of each cashier (or terminal) over the store's shifts opened in the range, in the order
 * their first shift opened; one with shifts but no activity has zero totals.
 */
async function totalsByGroup(
  db: Trx,
  store: Store,
  range: OpenedRange,
  by: ShiftGroup,
): Promise<Array<{ id: string; name: string; totals: Totals }>> {
  const groups = await shiftGroups(db, store.id, range, by);
  const ledger = await ledgerByShiftGroup(db, store.id, range, by);
  const lockouts = await lockoutsByShiftGroup(db, store.id, range, by);
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    totals: totalsFromLedger(store.currency, ledger.get(group.id) ?? [], lockouts.get(group.id) ?? NO_LOCKOUTS),
  }));
}
