import type { RedemptionStatusResponse, ReversalResponse } from '../../shared/backend-api.js';
import type { AuthTerminal } from '../auth/auth.types.js';
import { appendActivity, creditCard, findCardById } from '../cards/card.repository.js';
import type { BackendContext } from '../context.js';
import type { Dialect } from '../db/database.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { lockOpenShiftOfTerminal, lockShift } from '../shifts/open-shift.js';
import {
  findRecord,
  findRedemption,
  insertRecord,
  markReversed,
  rowToRedemption,
  settleApplied,
  type IdempotencyRecord,
  type RedemptionRow,
} from './redemption.repository.js';

/** After a lost answer: what became of a key, and undoing it. */

const NOT_APPLIED: ReversalResponse = { status: 'not_applied' };
const REVERSED: ReversalResponse = { status: 'reversed' };
const LATE_REASON = "reversed by idempotency key after the sale's shift closed";

/**
 * What became of a key sent by this terminal: applied (with the redemption as first answered),
 * reversed (with it, or null for a tombstone), or not_found when nothing was applied under it.
 */
export async function redemptionStatus(
  ctx: BackendContext,
  terminal: AuthTerminal,
  key: string,
): Promise<RedemptionStatusResponse> {
  const record = await findRecord(ctx.database.db, terminal.id, key);
  if (record === undefined || record.state === 'declined') {
    throw new ApiError('not_found', 'no redemption was applied under this key');
  }
  if (record.redemption_id === null) return { status: 'reversed', redemption: null };
  const row = await findRedemption(ctx.database.db, record.redemption_id);
  if (row === undefined) throw new Error('idempotency record names a missing redemption');
  const card = await findCardById(ctx.database.db, row.card_id);
  const redemption = rowToRedemption(row, card?.last4 ?? '');
  return { status: record.state === 'reversed' ? 'reversed' : 'applied', redemption };
}

/**
 * Cancels whatever was done under an idempotency key, and is itself idempotent:
 * - applied → the exact amount goes back to the card (ledger kind 'reversal'), key reversed;
 * - never seen → a tombstone, so a late copy of the request answers key_reversed and takes nothing;
 * - declined → key reversed, nothing to give back;
 * - already reversed → the same answer again.
 * A redemption a manager already voided has nothing left to give back: it answers 'reversed'.
 * A reversal after the sale's shift closed counts in the terminal's open shift (reversalShift).
 */
export async function reverseByKey(
  ctx: BackendContext,
  terminal: AuthTerminal,
  key: string,
): Promise<ReversalResponse> {
  return inWriteTransaction(ctx.database, async (trx) => {
    const nowIso = ctx.clock.now().toISOString();
    const record = await findRecord(trx, terminal.id, key);
    if (record === undefined) {
      await insertRecord(trx, {
        terminalId: terminal.id,
        key,
        fingerprint: null,
        response: { statusCode: 200, json: JSON.stringify(NOT_APPLIED) },
        state: 'reversed',
        redemptionId: null,
        nowIso,
      });
      return NOT_APPLIED;
    }
    if (record.state === 'reversed') return record.redemption_id === null ? NOT_APPLIED : REVERSED;
    await markReversed(trx, record, nowIso);
    if (record.state === 'declined' || record.redemption_id === null) return NOT_APPLIED;
    await creditBack(trx, ctx, record, nowIso);
    return REVERSED;
  });
}

async function creditBack(trx: Trx, ctx: BackendContext, record: IdempotencyRecord, nowIso: string): Promise<void> {
  const redemption = await findRedemption(trx, record.redemption_id ?? '');
  if (redemption === undefined) return;
  if (!(await settleApplied(trx, redemption.id, 'reversed'))) return;
  const counted = await reversalShift(trx, ctx.database.dialect, redemption);
  const balanceAfterMinor = await creditCard(trx, redemption.card_id, redemption.amount_minor, nowIso);
  // Tagged with the sale's store and terminal; the shift and cashier are the sale's while its shift
  // is open, otherwise the terminal's current shift (reversalShift).
  await appendActivity(trx, ctx.config.chainKey, {
    card_id: redemption.card_id,
    kind: 'reversal',
    amount_minor: redemption.amount_minor,
    balance_after_minor: balanceAfterMinor,
    store_id: redemption.store_id,
    terminal_id: redemption.terminal_id,
    cashier_id: counted.cashierId,
    shift_id: counted.shiftId,
    manager_id: null,
    redemption_id: redemption.id,
    reason: counted.shiftId === redemption.shift_id ? 'reversed by idempotency key' : LATE_REASON,
    created_at: nowIso,
  });
}

/**
 * Where a reversal counts. While the sale's shift is open: in that shift, with the sale's cashier
 * (it undoes that sale). A closed shift takes no new activity, so once its Z report is taken, a
 * late reversal counts in the terminal's current open shift (the latest opened, if several
 * cashiers have one open there). With none open it is refused (no_open_shift) and nothing
 * changes: the terminal keeps it pending until someone signs in. Either shift is held with the
 * shift guard until commit, so it cannot close under the reversal.
 */
async function reversalShift(
  trx: Trx,
  dialect: Dialect,
  redemption: Pick<RedemptionRow, 'shift_id' | 'cashier_id' | 'terminal_id'>,
): Promise<{ shiftId: string; cashierId: string }> {
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
