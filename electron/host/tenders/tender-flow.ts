/**
 * Sending one tender exactly once, for redemptions and sales at the till alike: the key is written
 * to the outbox before the request leaves, a tender already applied answers from the outbox, and a
 * second call for a tender in flight joins the first instead of sending again. A lost answer is
 * settled by asking the backend (recovery.ts); no new tender is sent while an earlier one is still
 * unsettled. What differs between a redemption and a sale is only the answer it carries
 * (`TenderAnswers`).
 */
import { fail, ok, type Result } from '../../../shared/terminal-api.js';
import type { TerminalLogger } from '../logger.js';
import { kindOf, PENDING_STATES, type Outbox, type TenderFacts, type TenderKind, type TenderRecord } from './outbox.js';
import type { Recovery } from './recovery.js';

export type AppliedRecord = Extract<TenderRecord, { state: 'applied' }>;

/** How one kind of tender's answer is written to and read back from the outbox. */
export interface TenderAnswers<V> {
  /** For logs: "redemption", "sale". */
  noun: string;
  /** The answer an applied line holds; undefined when the line is of another kind of tender. */
  fromEntry(entry: AppliedRecord): V | undefined;
  record(outbox: Outbox, facts: TenderFacts, value: V): Promise<void>;
}

export interface TenderRequest<V> {
  tenderId: string;
  kind: TenderKind;
  /** The card's last 4 only: the code itself is never written. */
  last4: string;
  /** Null: the card's full balance (a redemption without an amount). */
  amountMinor: number | null;
  currency: string;
  /** The cashier's shift, kept with the tender for the Z report's reconciliation. */
  shiftId?: string;
  /** Sends the request under the tender's key, once the outbox holds it. */
  send(idempotencyKey: string): Promise<Result<V>>;
}

export interface TenderFlow {
  submit<V>(request: TenderRequest<V>, answers: TenderAnswers<V>): Promise<Result<V>>;
  /** Tenders with an unknown outcome, not counting the ones being sent right now. */
  pendingCount(): number;
  /** True while this tender's request is on the wire. */
  isInFlight(tenderId: string): boolean;
}

/** What the cashier is told about a tender whose answer was lost, once the host asked the backend. */
export function settledAs<V>(entry: TenderRecord | undefined, answers: TenderAnswers<V>): Result<V> {
  const value = entry?.state === 'applied' ? answers.fromEntry(entry) : undefined;
  if (value !== undefined) return ok(value);
  if (entry?.state === 'reversed') {
    return fail({ code: 'not_charged', message: `the answer was lost; the ${answers.noun} was cancelled by its key` });
  }
  return fail({ code: 'outcome_unknown', message: 'the backend could not say whether the card was charged yet' });
}

export function createTenderFlow(outbox: Outbox, logger: TerminalLogger, recovery: Recovery): TenderFlow {
  const inFlight = new Map<string, Promise<Result<unknown>>>();
  /** Tenders whose request is on the wire: nobody may ask about their key before it lands. */
  const onWire = new Set<string>();
  const unsettled = () => outbox.pending().filter((entry) => !inFlight.has(entry.tenderId));

  async function settle<V>(tenderId: string, answers: TenderAnswers<V>): Promise<Result<V>> {
    const settled = settledAs(await recovery.resolve(tenderId), answers);
    if (!settled.ok && settled.error.code === 'outcome_unknown') recovery.schedule();
    return settled;
  }

  async function send<V>(request: TenderRequest<V>, answers: TenderAnswers<V>): Promise<Result<V>> {
    const prior = outbox.latest(request.tenderId);
    if (prior && kindOf(prior) !== request.kind) {
      return fail({ code: 'idempotency_conflict', message: 'this id already belongs to another kind of tender' });
    }
    if (prior?.state === 'applied') {
      const value = answers.fromEntry(prior);
      if (value === undefined) throw new Error('an applied outbox line without its answer');
      logger.info({ tenderId: request.tenderId }, 'tender already applied: answering from the outbox');
      return ok(value);
    }
    // The same tender again: its key may have charged the card. Ask; never send it blind.
    if (prior && PENDING_STATES.has(prior.state)) return settle(request.tenderId, answers);
    // A reversed key is dead (its tombstone refuses it): a new attempt needs a new key.
    if (prior?.state === 'reversed') outbox.forgetKey(request.tenderId);
    if (unsettled().length > 0) await recovery.resolveAll();
    const waiting = unsettled().length;
    if (waiting > 0) {
      recovery.schedule();
      const message = `${waiting} earlier tender(s) still have an unknown outcome: nothing new is sent until they are settled`;
      return fail({ code: 'backend_unreachable', message });
    }
    const facts: TenderFacts = {
      tenderId: request.tenderId,
      kind: request.kind,
      idempotencyKey: outbox.keyForTender(request.tenderId),
      amountMinor: request.amountMinor,
      currency: request.currency,
      last4: request.last4,
      ...(request.shiftId === undefined ? {} : { shiftId: request.shiftId }),
    };
    try {
      await outbox.markSending(facts);
    } catch (error) {
      logger.error({ tenderId: facts.tenderId, err: (error as Error).message }, 'outbox write failed');
      return fail({ code: 'internal_error', message: 'the outbox could not be written: nothing was sent' });
    }
    const logged = { tenderId: facts.tenderId, kind: request.kind, last4: facts.last4 };
    logger.info({ ...logged, amountMinor: facts.amountMinor }, `${answers.noun} sent`);
    onWire.add(facts.tenderId);
    const result = await request.send(facts.idempotencyKey).finally(() => onWire.delete(facts.tenderId));
    await record(facts, result, answers);
    logger.info({ ...logged, outcome: result.ok ? 'applied' : result.error.code }, `${answers.noun} answered`);
    // Ask right away: after a lost answer the backend is often back at once, and the cashier
    // should learn "approved" or "not charged" without waiting for the next pass.
    if (!result.ok && result.error.code === 'outcome_unknown') return settle(facts.tenderId, answers);
    return result;
  }

  async function record<V>(facts: TenderFacts, result: Result<V>, answers: TenderAnswers<V>): Promise<void> {
    try {
      if (result.ok) await answers.record(outbox, facts, result.value);
      else if (result.error.code === 'outcome_unknown') await outbox.markUnknown(facts);
      else await outbox.markFailed(facts, result.error.code);
    } catch (error) {
      // The backend has the truth and the key: a lost outcome line is recovered by asking for the key.
      logger.error({ tenderId: facts.tenderId, err: (error as Error).message }, 'outbox outcome write failed');
    }
  }

  return {
    submit<V>(request: TenderRequest<V>, answers: TenderAnswers<V>): Promise<Result<V>> {
      const joined = inFlight.get(request.tenderId);
      if (joined) return joined as Promise<Result<V>>;
      const running = send(request, answers).finally(() => inFlight.delete(request.tenderId));
      inFlight.set(request.tenderId, running);
      return running;
    },
    pendingCount: () => unsettled().length,
    isInFlight: (tenderId) => onWire.has(tenderId),
  };
}
