/**
 * Redeeming one tender exactly once: the key is written to the outbox before the request leaves,
 * a tender already applied answers from the outbox, and a second call for a tender in flight joins
 * the first instead of sending again.
 */
import { lastFour } from '../../shared/claim-code.js';
import type { Redemption } from '../../shared/backend-api.js';
import { fail, ok, type Result } from '../../shared/terminal-api.js';
import type { BackendClient } from './backend-client.js';
import type { TerminalLogger } from './logger.js';
import type { Outbox, TenderFacts } from './outbox.js';

export interface RedeemRequestFacts {
  tenderId: string;
  /** Normalised and checked by the caller. */
  code: string;
  amountMinor?: number;
  currency: string;
}

export type RedeemResult = Result<{ redemption: Redemption }>;

export interface RedeemFlow {
  redeem(client: BackendClient, sessionToken: string, request: RedeemRequestFacts): Promise<RedeemResult>;
  /** Tenders with an unknown outcome, not counting the ones being sent right now. */
  pendingCount(): number;
}

export function createRedeemFlow(outbox: Outbox, logger: TerminalLogger): RedeemFlow {
  const inFlight = new Map<string, Promise<RedeemResult>>();

  async function send(client: BackendClient, sessionToken: string, request: RedeemRequestFacts): Promise<RedeemResult> {
    const prior = outbox.latest(request.tenderId);
    if (prior?.state === 'applied') {
      logger.info({ tenderId: request.tenderId }, 'tender already applied: answering from the outbox');
      return ok({ redemption: prior.redemption });
    }
    const facts: TenderFacts = {
      tenderId: request.tenderId,
      idempotencyKey: outbox.keyForTender(request.tenderId),
      amountMinor: request.amountMinor ?? null,
      currency: request.currency,
      last4: lastFour(request.code),
    };
    try {
      await outbox.markSending(facts);
    } catch (error) {
      logger.error({ tenderId: facts.tenderId, err: (error as Error).message }, 'outbox write failed');
      return fail({ code: 'internal_error', message: 'the outbox could not be written: nothing was sent' });
    }
    logger.info({ tenderId: facts.tenderId, last4: facts.last4, amountMinor: facts.amountMinor }, 'redemption sent');
    const result = await client.redeem(sessionToken, {
      code: request.code,
      currency: request.currency,
      idempotencyKey: facts.idempotencyKey,
      ...(request.amountMinor === undefined ? {} : { amountMinor: request.amountMinor }),
    });
    await record(facts, result);
    return result;
  }

  async function record(facts: TenderFacts, result: RedeemResult): Promise<void> {
    try {
      if (result.ok) await outbox.markApplied(facts, result.value.redemption);
      else if (result.error.code === 'outcome_unknown') await outbox.markUnknown(facts);
      else await outbox.markFailed(facts, result.error.code);
    } catch (error) {
      // The backend has the truth and the key: a lost outcome line is recovered by asking for the key.
      logger.error({ tenderId: facts.tenderId, err: (error as Error).message }, 'outbox outcome write failed');
    }
    const outcome = result.ok ? 'applied' : result.error.code;
    logger.info({ tenderId: facts.tenderId, last4: facts.last4, outcome }, 'redemption answered');
  }

  return {
    redeem(client, sessionToken, request) {
      const joined = inFlight.get(request.tenderId);
      if (joined) return joined;
      const running = send(client, sessionToken, request).finally(() => inFlight.delete(request.tenderId));
      inFlight.set(request.tenderId, running);
      return running;
    },
    pendingCount: () => outbox.pending().filter((entry) => !inFlight.has(entry.tenderId)).length,
  };
}
