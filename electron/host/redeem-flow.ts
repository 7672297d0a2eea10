/**
 * Redeeming one tender exactly once: the key is written to the outbox before the request leaves,
 * a tender already applied answers from the outbox, and a second call for a tender in flight joins
 * the first instead of sending again. A lost answer is settled by asking the backend (recovery.ts);
 * no new tender is sent while an earlier one is still unsettled.
 */
import { lastFour } from '../../shared/claim-code.js';
import type { Redemption } from '../../shared/backend-api.js';
import { fail, ok, type Result } from '../../shared/terminal-api.js';
import type { BackendClient } from './backend-client.js';
import type { TerminalLogger } from './logger.js';
import type { Outbox, TenderFacts, TenderRecord } from './outbox.js';
import type { Recovery } from './recovery.js';

export interface RedeemRequestFacts {
  tenderId: string;
  /** Normalised and checked by the caller. */
  code: string;
  amountMinor?: number;
  currency: string;
  /** The cashier's shift, kept with the tender for the Z report's reconciliation. */
  shiftId?: string;
}

export type RedeemResult = Result<{ redemption: Redemption }>;

export interface RedeemFlow {
  redeem(client: BackendClient, sessionToken: string, request: RedeemRequestFacts): Promise<RedeemResult>;
  /** Tenders with an unknown outcome, not counting the ones being sent right now. */
  pendingCount(): number;
  /** True while this tender's request is on the wire. */
  isInFlight(tenderId: string): boolean;
}

/** What the cashier is told about a tender whose answer was lost, once the host asked the backend. */
export function settledResult(entry: TenderRecord | undefined): RedeemResult {
  if (entry?.state === 'applied') return ok({ redemption: entry.redemption });
  if (entry?.state === 'reversed') {
    return fail({ code: 'not_charged', message: 'the answer was lost; the redemption was cancelled by its key' });
  }
  return fail({ code: 'outcome_unknown', message: 'the backend could not say whether the card was charged yet' });
}

export function createRedeemFlow(outbox: Outbox, logger: TerminalLogger, recovery: Recovery): RedeemFlow {
  const inFlight = new Map<string, Promise<RedeemResult>>();
  /** Tenders whose request is on the wire: nobody may ask about their key before it lands. */
  const onWire = new Set<string>();
  const unsettled = () => outbox.pending().filter((entry) => !inFlight.has(entry.tenderId));

  async function send(client: BackendClient, sessionToken: string, request: RedeemRequestFacts): Promise<RedeemResult> {
    const prior = outbox.latest(request.tenderId);
    if (prior?.state === 'applied') {
      logger.info({ tenderId: request.tenderId }, 'tender already applied: answering from the outbox');
      return ok({ redemption: prior.redemption });
    }
    if (prior && (prior.state === 'unknown' || prior.state === 'sending' || prior.state === 'reversing')) {
      // The same tender again: its key may have charged the card. Ask; never send it blind.
      const settled = settledResult(await recovery.resolve(request.tenderId));
      if (!settled.ok && settled.error.code === 'outcome_unknown') recovery.schedule();
      return settled;
    }
    // A reversed key is dead (its tombstone refuses it): a new attempt needs a new key.
    if (prior?.state === 'reversed') outbox.forgetKey(request.tenderId);
    if (unsettled().length > 0) await recovery.resolveAll();
    const waiting = unsettled().length;
    if (waiting > 0) {
      recovery.schedule();
      const message = `${waiting} earlier redemption(s) still have an unknown outcome: nothing new is sent until they are settled`;
      return fail({ code: 'backend_unreachable', message });
    }
    const facts: TenderFacts = {
      tenderId: request.tenderId,
      idempotencyKey: outbox.keyForTender(request.tenderId),
      amountMinor: request.amountMinor ?? null,
      currency: request.currency,
      last4: lastFour(request.code),
      ...(request.shiftId === undefined ? {} : { shiftId: request.shiftId }),
    };
    try {
      await outbox.markSending(facts);
    } catch (error) {
      logger.error({ tenderId: facts.tenderId, err: (error as Error).message }, 'outbox write failed');
      return fail({ code: 'internal_error', message: 'the outbox could not be written: nothing was sent' });
    }
    logger.info({ tenderId: facts.tenderId, last4: facts.last4, amountMinor: facts.amountMinor }, 'redemption sent');
    onWire.add(facts.tenderId);
    const result = await client
      .redeem(sessionToken, {
        code: request.code,
        currency: request.currency,
        idempotencyKey: facts.idempotencyKey,
        ...(request.amountMinor === undefined ? {} : { amountMinor: request.amountMinor }),
      })
      .finally(() => onWire.delete(facts.tenderId));
    await record(facts, result);
    if (!result.ok && result.error.code === 'outcome_unknown') {
      // Ask right away: after a lost answer the backend is often back at once, and the cashier
      // should learn "approved" or "not charged" without waiting for the next pass.
      const settled = settledResult(await recovery.resolve(facts.tenderId));
      if (!settled.ok && settled.error.code === 'outcome_unknown') recovery.schedule();
      return settled;
    }
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
    pendingCount: () => unsettled().length,
    isInFlight: (tenderId) => onWire.has(tenderId),
  };
}
