import type { Dialect } from '../db/database.js';
import type { Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import type { ShiftRow } from './shift.repository.js';

/**
 * The row-level guard of every write that tags activity with a shift. Reads the shift with a
 * share lock (PostgreSQL `FOR SHARE`): it conflicts with the Z report's UPDATE of that row, so a
 * close waits for the writers holding it, and a writer arriving after the close re-reads the row
 * and sees it closed. Writers do not block each other. SQLite needs no lock: BEGIN IMMEDIATE
 * already makes every write transaction the only one.
 */
export async function lockShift(trx: Trx, dialect: Dialect, shiftId: string): Promise<ShiftRow | undefined> {
  const query = trx.selectFrom('shifts').selectAll().where('id', '=', shiftId);
  return (dialect === 'postgres' ? query.forShare() : query).executeTakeFirst();
}

/** Fails with no_open_shift (or shift_closed) unless the shift is open; holds it open until commit. */
export async function requireOpenShift(trx: Trx, dialect: Dialect, shiftId: string): Promise<ShiftRow> {
  const shift = await lockShift(trx, dialect, shiftId);
  if (shift === undefined) throw new ApiError('no_open_shift', 'no shift is open for this session');
  if (shift.status !== 'open')
    throw new ApiError('shift_closed', 'the shift was closed: sign in again to open a new one');
  return shift;
}

/**
 * The terminal's open shift, locked like lockShift; the latest opened when several cashiers
 * have one open there. Undefined when none is open.
 */
export async function lockOpenShiftOfTerminal(
  trx: Trx,
  dialect: Dialect,
  terminalId: string,
): Promise<ShiftRow | undefined> {
  const query = trx
    .selectFrom('shifts')
    .selectAll()
    .where('terminal_id', '=', terminalId)
    .where('status', '=', 'open')
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1);
  return (dialect === 'postgres' ? query.forShare() : query).executeTakeFirst();
}
