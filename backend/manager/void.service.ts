import type { VoidResponse } from '../../shared/backend-api.js';
import type { AuthTerminal } from '../auth/auth.types.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { appendActivity, creditCard } from '../cards/card.repository.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { findStoreRedemption, settleApplied } from '../redemptions/redemption.repository.js';
import { requireOpenShift } from '../shifts/open-shift.js';

export interface VoidInput {
  redemptionId: string;
  /** The shift of the session asking: it must be open too (a closed shift takes no new activity). */
  sessionShiftId: string;
  managerId: string;
  reason: string;
}

/**
 * Gives back exactly the amount of one redemption of an open shift of this store, once. The void
 * activity carries the redemption's shift, terminal and cashier, so that shift's X and Z totals net
 * it out, and the approving manager.
 */
export async function voidRedemption(
  ctx: BackendContext,
  terminal: AuthTerminal,
  input: VoidInput,
): Promise<VoidResponse> {
  return inWriteTransaction(ctx.database, async (trx) => {
    await requireOpenShift(trx, ctx.database.dialect, input.sessionShiftId);
    const redemption = await findStoreRedemption(trx, input.redemptionId, terminal.store.id);
    // Another store's redemption is not found rather than forbidden: stores never learn of each other's ids.
    if (redemption === undefined) throw new ApiError('not_found', 'no such redemption in this store');
    if (redemption.status === 'voided') throw new ApiError('already_voided', 'redemption was voided before');
    if (redemption.status === 'reversed') throw new ApiError('void_not_allowed', 'redemption was reversed');
    if (redemption.card_status === 'closed') throw new ApiError('void_not_allowed', 'the card is closed');
    await holdRedemptionShift(trx, ctx, redemption.shift_id);

    const now = isoNow(ctx.clock);
    if (!(await settleApplied(trx, redemption.id, 'voided'))) {
      throw new ApiError('already_voided', 'redemption was voided meanwhile');
    }
    const balanceAfterMinor = await creditCard(trx, redemption.card_id, redemption.amount_minor, now);
    const id = await appendActivity(trx, ctx.config.chainKey, {
      card_id: redemption.card_id,
      kind: 'void',
      amount_minor: redemption.amount_minor,
      balance_after_minor: balanceAfterMinor,
      store_id: redemption.store_id,
      terminal_id: redemption.terminal_id,
      cashier_id: redemption.cashier_id,
      shift_id: redemption.shift_id,
      manager_id: input.managerId,
      redemption_id: redemption.id,
      reason: input.reason,
      created_at: now,
    });
    return {
      void: {
        id,
        redemptionId: redemption.id,
        amountMinor: redemption.amount_minor,
        currency: redemption.currency,
        card: { last4: redemption.last4 },
        managerId: input.managerId,
        reason: input.reason,
        createdAt: now,
      },
      balanceAfterMinor,
    };
  });
}

/** Only a redemption of an open shift can be voided; its shift is held open until commit. */
async function holdRedemptionShift(trx: Trx, ctx: BackendContext, shiftId: string): Promise<void> {
  try {
    await requireOpenShift(trx, ctx.database.dialect, shiftId);
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError('void_not_allowed', "the redemption's shift is closed");
    throw error;
  }
}
