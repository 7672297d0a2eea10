import type { RedeemRequest } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import { parseCardCode } from '../cards/card-code.js';
import type { BackendContext } from '../context.js';
import { isRetryableConflict } from '../db/errors.js';
import { inWriteTransaction, RetryTransaction } from '../db/transaction.js';
import { fingerprintRedeemRequest } from './fingerprint.js';
import { redeemOnPostgres } from './redeem-postgres.js';
import type { Prepared, RedeemOutcome } from './redeem-prepared.js';
import { redeemInTransaction } from './redeem-sqlite.js';

export type { RedeemOutcome } from './redeem-prepared.js';

const MAX_ATTEMPTS = 5;

/**
 * Redeems exactly once per (terminal, idempotency key).
 * - SQLite (redeem-sqlite.ts): in one BEGIN IMMEDIATE transaction, one read of the key's record,
 *   the locks, the shift and the card; decideRedemption says what to do; the write does it.
 * - PostgreSQL (redeem-postgres.ts): one statement applies a redemption that is in order; when it
 *   does not apply, the same read and decision answer (replay, decline, failed lookup).
 * A write that loses a race (the same key sent twice at once, the card changed meanwhile) is
 * rolled back and the whole call runs again, up to MAX_ATTEMPTS.
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
          : await inWriteTransaction(ctx.database, (trx) => redeemInTransaction(trx, ctx, prepared));
      if (outcome !== null) return outcome;
    } catch (error) {
      const raced = error instanceof RetryTransaction || isRetryableConflict(error);
      if (!raced || attempt >= MAX_ATTEMPTS) throw error;
    }
    if (attempt >= MAX_ATTEMPTS) throw new RetryTransaction('redemption kept racing with other writes');
  }
}
