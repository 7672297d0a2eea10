import type { RedeemRequest } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import type { ParsedCode } from '../cards/card-code.js';
import type { BackendContext } from '../context.js';
import type { Trx } from '../db/transaction.js';
import type { RequestFingerprint } from './fingerprint.js';
import type { StoredResponse } from './idempotency.repository.js';
import { decideRedemption, type RedeemDecision } from './redeem-decision.js';
import { loadRedeemState } from './redeem-state.js';

export interface RedeemOutcome extends StoredResponse {
  /** True when this call took money (a fresh 201, not a replay). */
  applied: boolean;
}

/** A redemption request with what is computed once for all its attempts. */
export interface Prepared {
  terminal: AuthTerminal;
  session: AuthSession;
  request: RedeemRequest;
  fingerprint: RequestFingerprint;
  parsed: ParsedCode;
}

/** Reads the state (one round trip) and decides what to do. */
export async function decide(db: Trx, ctx: BackendContext, p: Prepared): Promise<RedeemDecision> {
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
