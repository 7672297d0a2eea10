import type { Dialect } from '../db/database.js';
import type { Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { lockOpenShiftOfTerminal, lockShift } from '../shifts/open-shift.js';
import type { RedemptionRow } from './redemption.repository.js';

/** The shift and cashier a reversal's ledger activity counts in. */
export interface ReversalShift {
  shiftId: string;
  cashierId: string;
}

/**
 * Where a reversal counts. While the sale's shift is open: in that shift, with the sale's cashier
 * (it undoes that sale). A closed shift takes no new activity, so once its Z report is taken, a
 * late reversal counts in the terminal's current open shift (the latest opened, if several
 * cashiers have one open there). With none open it is refused (no_open_shift) and nothing
 * changes: the terminal keeps it pending until someone signs in. Either shift is held with the
 * shift guard until commit, so it cannot close under the reversal.
 */
export async function reversalShift(
  trx: Trx,
  dialect: Dialect,
  redemption: Pick<RedemptionRow, 'shift_id' | 'cashier_id' | 'terminal_id'>,
): Promise<ReversalShift> {
  const original = await lockShift(trx, dialect, redemption.shift_id);
  if (original?.status === 'open') return { shiftId: original.id, cashierId: redemption.cashier_id };
  const current = await lockOpenShiftOfTerminal(trx, dialect, redemption.terminal_id);
  if (current === undefined) {
    throw new ApiError(
      'no_open_shift',
      "the sale's shift is closed and no shift is open on this terminal: sign in, then reverse again",
    );
  }
  return { shiftId: current.id, cashierId: current.cashier_id };
}
