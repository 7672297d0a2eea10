import type { BackendContext } from '../context.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import type { ApiError } from '../http/api-error.js';
import { failedLookup, lockTarget } from '../lockouts/entry-lock.service.js';
import { insertRecord, type StoredResponse } from './idempotency.repository.js';
import type { RedeemDecision } from './redeem-decision.js';
import type { Prepared, RedeemOutcome } from './redeem-prepared.js';

/**
 * Every decision but 'apply'. `trx` is the open SQLite transaction, or null on PostgreSQL
 * (where a failed lookup opens its own short transaction and a decline is one insert).
 */
export async function settle(
  decision: RedeemDecision,
  ctx: BackendContext,
  p: Prepared,
  trx: Trx | null,
): Promise<RedeemOutcome> {
  switch (decision.kind) {
    case 'replay':
      return { ...decision.response, applied: false };
    case 'refuse':
      throw decision.error;
    case 'failed_lookup':
      return trx === null
        ? inWriteTransaction(ctx.database, (own) => countFailedLookup(own, ctx, p, decision.error))
        : countFailedLookup(trx, ctx, p, decision.error);
    case 'decline':
      return remember(trx ?? ctx.database.db, ctx, p, errorResponse(decision.error), null);
    case 'apply':
      throw new Error('apply is not settled here');
  }
}

/** Counts the failed lookup; card_not_found is remembered, a wait is not. */
async function countFailedLookup(trx: Trx, ctx: BackendContext, p: Prepared, error: ApiError): Promise<RedeemOutcome> {
  const answer = await failedLookup(trx, ctx, lockTarget(p.terminal, p.session), error, p.request.code);
  if (answer.code === 'card_not_found') return remember(trx, ctx, p, errorResponse(answer), null);
  return { ...errorResponse(answer), applied: false };
}

function errorResponse(error: ApiError): StoredResponse {
  return { statusCode: error.statusCode, json: JSON.stringify(error.toBody()) };
}

export async function remember(
  db: Trx,
  ctx: BackendContext,
  p: Prepared,
  response: StoredResponse,
  redemptionId: string | null,
): Promise<RedeemOutcome> {
  await insertRecord(db, {
    terminalId: p.terminal.id,
    key: p.request.idempotencyKey,
    fingerprint: p.fingerprint,
    response,
    state: redemptionId === null ? 'declined' : 'applied',
    redemptionId,
    nowIso: ctx.clock.now().toISOString(),
  });
  return { ...response, applied: redemptionId !== null };
}
