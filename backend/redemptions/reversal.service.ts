import { sql } from 'kysely';
import type { ReversalResponse } from '../../shared/backend-api.js';
import type { AuthTerminal } from '../auth/auth.types.js';
import { appendActivity } from '../cards/card.repository.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { findRecord, insertRecord, markReversed, type IdempotencyRecord } from './idempotency.repository.js';
import { findRedemption } from './redemption.repository.js';
import { reversalShift } from './reversal-shift.js';

const NOT_APPLIED: ReversalResponse = { status: 'not_applied' };
const REVERSED: ReversalResponse = { status: 'reversed' };
const LATE_REASON = "reversed by idempotency key after the sale's shift closed";

/**
 * Cancels whatever was done under an idempotency key, and is itself idempotent:
 * - applied → the exact amount goes back to the card (ledger kind 'reversal'), key reversed;
 * - never seen → a tombstone, so a late copy of the request answers key_reversed and takes nothing;
 * - declined → key reversed, nothing to give back;
 * - already reversed → the same answer again.
 * A redemption a manager already voided has nothing left to give back: it answers 'reversed'.
 * A reversal after the sale's shift closed counts in the terminal's open shift (reversal-shift.ts).
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
  // Conditional on 'applied': a concurrent void or reversal of the same redemption gives back once.
  const claimed = await trx
    .updateTable('redemptions')
    .set({ status: 'reversed' })
    .where('id', '=', redemption.id)
    .where('status', '=', 'applied')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) return;
  const counted = await reversalShift(trx, ctx.database.dialect, redemption);
  const updated = await trx
    .updateTable('cards')
    .set({ balance_minor: sql<number>`balance_minor + ${redemption.amount_minor}`, last_activity_at: nowIso })
    .where('id', '=', redemption.card_id)
    .returning('balance_minor')
    .executeTakeFirstOrThrow();
  // Tagged with the sale's store and terminal; the shift and cashier are the sale's while its shift
  // is open, otherwise the terminal's current shift (reversal-shift.ts).
  await appendActivity(trx, ctx.config.chainKey, {
    card_id: redemption.card_id,
    kind: 'reversal',
    amount_minor: redemption.amount_minor,
    balance_after_minor: updated.balance_minor,
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
