import type { BackendContext } from '../context.js';
import { newId } from '../ids.js';
import { chainPads } from '../ledger/chain.js';
import { redeemInOneStatement } from './redeem-one-statement.js';
import { decide, type Prepared, type RedeemOutcome } from './redeem-prepared.js';
import { settle } from './redeem-settle.js';
import { redemptionResponseTemplate } from './redemption-response.js';

/**
 * PostgreSQL: first the whole redemption as one statement (it applies when all is in order);
 * when it does not apply, one read says why (replay, decline, failed lookup). Null: try again
 * (the card or the key changed between the two).
 */
export async function redeemOnPostgres(ctx: BackendContext, p: Prepared): Promise<RedeemOutcome | null> {
  const db = ctx.database.db;
  const pool = ctx.database.pgPool;
  if (p.parsed.ok && pool !== undefined) {
    const nowIso = ctx.clock.now().toISOString();
    const redemptionId = newId('rdm');
    const template = redemptionResponseTemplate({
      id: redemptionId,
      idempotencyKey: p.request.idempotencyKey,
      currency: p.request.currency,
      card: { last4: p.parsed.last4 },
      storeId: p.terminal.store.id,
      terminalId: p.terminal.id,
      cashierId: p.session.staffId,
      shiftId: p.session.shiftId,
      createdAt: nowIso,
    });
    const json = await redeemInOneStatement(pool, {
      redemptionId,
      activityId: newId('act'),
      codeHmac: p.parsed.hmac,
      failedCheck: p.parsed.failedCheck,
      amountMinor: p.request.amountMinor ?? null,
      currency: p.request.currency,
      storeId: p.terminal.store.id,
      storeRegion: p.terminal.store.region,
      storeCurrency: p.terminal.store.currency,
      terminalId: p.terminal.id,
      cashierId: p.session.staffId,
      shiftId: p.session.shiftId,
      idempotencyKey: p.request.idempotencyKey,
      fingerprint: p.fingerprint,
      template,
      nowIso,
      chainPads: chainPads(ctx.config.chainKey),
    });
    if (json !== null) return { statusCode: 201, json, applied: true };
  }
  const decision = await decide(db, ctx, p);
  return decision.kind === 'apply' ? null : settle(decision, ctx, p, null);
}
