import type { BackendContext } from '../context.js';
import type { Trx } from '../db/transaction.js';
import { applyRedemption } from './apply-redemption.js';
import { decide, type Prepared, type RedeemOutcome } from './redeem-prepared.js';
import { remember, settle } from './redeem-settle.js';

/** SQLite: read and write inside the caller's BEGIN IMMEDIATE transaction. Null: read again. */
export async function redeemInTransaction(trx: Trx, ctx: BackendContext, p: Prepared): Promise<RedeemOutcome | null> {
  const decision = await decide(trx, ctx, p);
  if (decision.kind !== 'apply') return settle(decision, ctx, p, trx);
  const redemption = await applyRedemption(trx, {
    card: decision.card,
    chainKey: ctx.config.chainKey,
    amountMinor: decision.amountMinor,
    idempotencyKey: p.request.idempotencyKey,
    terminal: p.terminal,
    session: p.session,
    nowIso: ctx.clock.now().toISOString(),
  });
  if (redemption === null) return null;
  const response = { statusCode: 201, json: JSON.stringify({ redemption }) };
  await remember(trx, ctx, p, response, redemption.id);
  return { ...response, applied: true };
}
