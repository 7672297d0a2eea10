import type { RedeemRequest } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import { parseCardCode, type ParsedCode } from '../cards/card-code.js';
import type { BackendContext } from '../context.js';
import { isRetryableConflict } from '../db/errors.js';
import { inWriteTransaction, RetryTransaction, type Trx } from '../db/transaction.js';
import type { ApiError } from '../http/api-error.js';
import { newId } from '../ids.js';
import { chainPads } from '../ledger/chain.js';
import { failedLookup, lockTarget } from '../lockouts/entry-lock.service.js';
import { redeemInOneStatement, redemptionResponseTemplate } from './redeem-one-statement.js';
import {
  decideRedemption,
  fingerprintRedeemRequest,
  type RedeemDecision,
  type RequestFingerprint,
  type StoredResponse,
} from './redeem.rules.js';
import { applyRedemption, insertRecord, loadRedeemState } from './redemption.repository.js';

export interface RedeemOutcome extends StoredResponse {
  /** True when this call took money (a fresh 201, not a replay). */
  applied: boolean;
}

/** A redemption request with what is computed once for all its attempts. */
interface Prepared {
  terminal: AuthTerminal;
  session: AuthSession;
  request: RedeemRequest;
  fingerprint: RequestFingerprint;
  parsed: ParsedCode;
}

const MAX_ATTEMPTS = 5;

/**
 * Redeems exactly once per (terminal, idempotency key).
 * - SQLite: in one BEGIN IMMEDIATE transaction, one read of the key's record, the locks, the
 *   shift and the card; decideRedemption (redeem.rules.ts) says what to do; the write does it.
 * - PostgreSQL: one statement applies a redemption that is in order (the same card rules, as
 *   SQL); when it does not apply, the same read and decision answer (replay, decline, failed
 *   lookup), so the reason always comes from the TypeScript rules.
 * A write that loses a race (the same key sent twice at once, the card changed between the
 * statement and the read) is rolled back and the whole call runs again, up to MAX_ATTEMPTS.
 */
export async function redeem(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  request: RedeemRequest,
): Promise<RedeemOutcome> {
  const prepared: Prepared = {
    terminal,
    session,
    request,
    fingerprint: fingerprintRedeemRequest(ctx.config.serverKey, request),
    parsed: parseCardCode(ctx.config.serverKey, request.code),
  };
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome =
        ctx.database.dialect === 'postgres'
          ? await redeemOnPostgres(ctx, prepared)
          : await inWriteTransaction(ctx.database, (trx) => redeemOnSqlite(trx, ctx, prepared));
      if (outcome !== null) return outcome;
    } catch (error) {
      const raced = error instanceof RetryTransaction || isRetryableConflict(error);
      if (!raced || attempt >= MAX_ATTEMPTS) throw error;
    }
    if (attempt >= MAX_ATTEMPTS) throw new RetryTransaction('redemption kept racing with other writes');
  }
}

/** SQLite: read and write inside the caller's BEGIN IMMEDIATE transaction. Null: read again. */
async function redeemOnSqlite(trx: Trx, ctx: BackendContext, p: Prepared): Promise<RedeemOutcome | null> {
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
  return remember(trx, ctx, p, response, redemption.id);
}

/**
 * PostgreSQL: first the whole redemption as one statement (one round trip); when it does not
 * apply, one read and the decision say why. Null: try again (the card or the key changed
 * between the two, so the decision says apply where the statement did not).
 */
async function redeemOnPostgres(ctx: BackendContext, p: Prepared): Promise<RedeemOutcome | null> {
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
  const decision = await decide(ctx.database.db, ctx, p);
  return decision.kind === 'apply' ? null : settle(decision, ctx, p, null);
}

/** Reads the state (one round trip) and decides what to do. */
async function decide(db: Trx, ctx: BackendContext, p: Prepared): Promise<RedeemDecision> {
  const now = ctx.clock.now();
  const state = await loadRedeemState(db, {
    terminalId: p.terminal.id,
    cashierId: p.session.staffId,
    key: p.request.idempotencyKey,
    codeHmac: p.parsed.ok ? p.parsed.hmac : null,
    shiftId: p.session.shiftId,
    nowIso: now.toISOString(),
  });
  return decideRedemption(state, p.request, p.fingerprint, p.parsed, p.terminal.store, now);
}

/**
 * Every decision but 'apply'. `trx` is the open SQLite transaction, or null on PostgreSQL
 * (where a failed lookup opens its own short transaction and a decline is one insert).
 */
async function settle(
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

async function remember(
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
