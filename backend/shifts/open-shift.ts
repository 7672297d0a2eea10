import type { Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';

/**
 * Fails with shift_closed (or no_open_shift) unless the session's shift is open, and holds the
 * shift's row until commit: a Z report closing it at the same moment waits for this transaction
 * (a PostgreSQL row lock; SQLite has a single writer anyway), so nothing lands after the report.
 */
export async function requireOpenShift(trx: Trx, shiftId: string): Promise<void> {
  const held = await trx
    .updateTable('shifts')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('id', '=', shiftId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(held.numUpdatedRows) === 1) return;
  const shift = await trx.selectFrom('shifts').select('status').where('id', '=', shiftId).executeTakeFirst();
  if (shift === undefined) throw new ApiError('no_open_shift', 'no shift is open for this session');
  throw new ApiError('shift_closed', 'the shift was closed: sign in again to open a new one');
}
