import type { RedeemRequest } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import { findCardById } from '../cards/card.repository.js';
import { resolveCard } from '../cards/resolve-card.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction, RetryTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { assertEntryOpen, failedLookup, lockTarget } from '../lockouts/entry-lock.service.js';
import { findShift } from '../sessions/shift.repository.js';
import { applyRedemption } from './apply-redemption.js';
import { fingerprintRedeemRequest, type RequestFingerprint } from './fingerprint.js';
import { findRecord, insertRecord, type StoredResponse } from './idempotency.repository.js';
import { redeemDecline } from './redeem-decline.js';
import { replayStored } from './replay.js';

const MAX_GUARD_ATTEMPTS = 3;

export interface RedeemOutcome extends StoredResponse {
  /** True when this call answered from the stored record instead of doing the work. */
  replayed: boolean;
  /** True when this call took money (a fresh 201). */
  applied: boolean;
}

/**
 * Redeems exactly once per (terminal, idempotency key), in one transaction: the key's record,
 * the lock and shift checks, the card checks, the conditional debit, the ledger activity, the
 * redemption row and the stored response. Business declines are stored under the key too; a
 * malformed code and an entry lock are not (the same key may be used once the cashier fixes it).
 */
export async function redeem(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  request: RedeemRequest,
): Promise<RedeemOutcome> {
  const fingerprint = fingerprintRedeemRequest(ctx.config.serverKey, request);
  return inWriteTransaction(ctx.database, async (trx) => {
    const existing = await findRecord(trx, terminal.id, request.idempotencyKey);
    if (existing !== undefined) return { ...replayStored(existing, fingerprint), replayed: true, applied: false };
    const target = lockTarget(terminal, session);
    await assertEntryOpen(trx, ctx, target);
    const shift = await findShift(trx, session.shiftId);
    if (shift === undefined || shift.status !== 'open')
      throw new ApiError('no_open_shift', 'no open shift: sign in again');

    const resolved = await resolveCard(trx, ctx.config.serverKey, request.code);
    if (!resolved.ok) {
      const error = await failedLookup(trx, ctx, target, resolved.error);
      if (error.code !== 'card_not_found') return { ...errorResponse(error), replayed: false, applied: false };
      return remember(trx, ctx, terminal, request, fingerprint, errorResponse(error));
    }
    const now = ctx.clock.now();
    let card = resolved.card;
    for (let attempt = 1; ; attempt++) {
      const decline = redeemDecline(card, terminal.store, request, now);
      if (decline !== null) return remember(trx, ctx, terminal, request, fingerprint, errorResponse(decline));
      const amountMinor = request.amountMinor ?? card.balance_minor;
      const redemption = await applyRedemption(trx, {
        card,
        amountMinor,
        idempotencyKey: request.idempotencyKey,
        terminal,
        session,
        nowIso: now.toISOString(),
      });
      if (redemption !== null) {
        const response = { statusCode: 201, json: JSON.stringify({ redemption }) };
        await storeOutcome(trx, ctx, terminal, request, fingerprint, response, redemption.id);
        return { ...response, replayed: false, applied: true };
      }
      // Another transaction changed the card since it was read: check again with its new state.
      if (attempt >= MAX_GUARD_ATTEMPTS) throw new RetryTransaction('card kept changing under the debit');
      card = (await findCardById(trx, card.id)) ?? card;
    }
  });
}

function errorResponse(error: ApiError): StoredResponse {
  return { statusCode: error.statusCode, json: JSON.stringify(error.toBody()) };
}

async function remember(
  trx: Trx,
  ctx: BackendContext,
  terminal: AuthTerminal,
  request: RedeemRequest,
  fingerprint: RequestFingerprint,
  response: StoredResponse,
): Promise<RedeemOutcome> {
  await storeOutcome(trx, ctx, terminal, request, fingerprint, response, null);
  return { ...response, replayed: false, applied: false };
}

async function storeOutcome(
  trx: Trx,
  ctx: BackendContext,
  terminal: AuthTerminal,
  request: RedeemRequest,
  fingerprint: RequestFingerprint,
  response: StoredResponse,
  redemptionId: string | null,
): Promise<void> {
  await insertRecord(trx, {
    terminalId: terminal.id,
    key: request.idempotencyKey,
    fingerprint,
    response,
    state: redemptionId === null ? 'declined' : 'applied',
    redemptionId,
    nowIso: ctx.clock.now().toISOString(),
  });
}
