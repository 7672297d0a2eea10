import type { ShiftReportResponse, Store } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { rowToShift } from '../sessions/shift.repository.js';
import { mergeTotals, totalsFromLedger } from './totals.js';
import { ledgerByShift, lockoutsByShift, NO_LOCKOUTS } from './totals.repository.js';

/** The store's shifts opened in [from, to), each with its totals, and the totals per cashier and terminal. */
export async function shiftReport(
  ctx: BackendContext,
  store: Store,
  range: { from: string; to: string },
): Promise<ShiftReportResponse> {
  const db = ctx.database.db;
  const rows = await db
    .selectFrom('shifts')
    .innerJoin('staff', 'staff.id', 'shifts.cashier_id')
    .innerJoin('terminals', 'terminals.id', 'shifts.terminal_id')
    .selectAll('shifts')
    .select(['staff.name as cashier_name', 'terminals.name as terminal_name'])
    .where('shifts.store_id', '=', store.id)
    .where('shifts.opened_at', '>=', range.from)
    .where('shifts.opened_at', '<', range.to)
    .orderBy('shifts.opened_at')
    .orderBy('shifts.id')
    .execute();
  const ids = rows.map((row) => row.id);
  const ledger = await ledgerByShift(db, ids);
  const lockouts = await lockoutsByShift(db, ids);
  const shifts = rows.map((row) => ({
    shift: rowToShift(row),
    cashierName: row.cashier_name,
    terminalName: row.terminal_name,
    totals: totalsFromLedger(store.currency, ledger.get(row.id) ?? [], lockouts.get(row.id) ?? NO_LOCKOUTS),
  }));
  return {
    store,
    shifts,
    byCashier: groupTotals(store.currency, shifts, (entry) => [entry.shift.cashierId, entry.cashierName]).map(
      ([cashierId, cashierName, totals]) => ({ cashierId, cashierName, totals }),
    ),
    byTerminal: groupTotals(store.currency, shifts, (entry) => [entry.shift.terminalId, entry.terminalName]).map(
      ([terminalId, terminalName, totals]) => ({ terminalId, terminalName, totals }),
    ),
  };
}

type ShiftEntry = ShiftReportResponse['shifts'][number];

function groupTotals(
  currency: string,
  shifts: readonly ShiftEntry[],
  keyOf: (entry: ShiftEntry) => [string, string],
): Array<[string, string, ShiftEntry['totals']]> {
  const groups = new Map<string, { name: string; entries: ShiftEntry[] }>();
  for (const entry of shifts) {
    const [id, name] = keyOf(entry);
    const group = groups.get(id) ?? { name, entries: [] };
    group.entries.push(entry);
    groups.set(id, group);
  }
  return [...groups].map(([id, group]) => [
    id,
    group.name,
    mergeTotals(
      currency,
      group.entries.map((entry) => entry.totals),
    ),
  ]);
}
