import type { RedeemRequest, Store } from '../../shared/backend-api.js';
import type { CardRow } from '../cards/card.repository.js';
import type { ParsedCode } from '../cards/card-code.js';
import { ApiError } from '../http/api-error.js';
import { entryDelayed } from '../lockouts/entry-lock.service.js';
import type { RequestFingerprint } from './fingerprint.js';
import type { StoredResponse } from './idempotency.repository.js';
import { redeemDecline } from './redeem-decline.js';
import type { RedeemState } from './redeem-state.js';
import { replayStored } from './replay.js';

export type RedeemDecision =
  /** The key was seen: answer as before. */
  | { kind: 'replay'; response: StoredResponse }
  /** Refuse without writing anything (wait, closed shift, malformed code). Conflicts throw from replayStored. */
  | { kind: 'refuse'; error: ApiError }
  /** Unknown code: count a failed lookup; remember card_not_found under the key. */
  | { kind: 'failed_lookup'; error: ApiError }
  /** A business decline: remembered under the key. */
  | { kind: 'decline'; error: ApiError }
  | { kind: 'apply'; card: CardRow; amountMinor: number };

/**
 * The pure core of a redemption: from what was read, what to do. The order matters: the key
 * first (a retry always gets its answer), then the wait (a waiting terminal learns nothing about
 * a card), then the shift, then the card.
 */
export function decideRedemption(
  state: RedeemState,
  request: RedeemRequest,
  fingerprint: RequestFingerprint,
  parsed: ParsedCode,
  store: Store,
  now: Date,
): RedeemDecision {
  if (state.record !== undefined) return { kind: 'replay', response: replayStored(state.record, fingerprint) };
  if (state.lockedUntil !== null) return { kind: 'refuse', error: entryDelayed(state.lockedUntil, now) };
  if (!state.shiftOpen) return { kind: 'refuse', error: new ApiError('no_open_shift', 'no open shift: sign in again') };
  // A malformed code or a failed check character is refused, never counted: a misread makes no one wait.
  if (!parsed.ok) return { kind: 'refuse', error: new ApiError('code_malformed', 'not a valid card code') };
  const card = state.card;
  if (card === undefined || (parsed.failedCheck && card.requires_check === 1)) {
    return parsed.failedCheck
      ? { kind: 'refuse', error: new ApiError('code_malformed', 'card code fails its check') }
      : { kind: 'failed_lookup', error: new ApiError('card_not_found', 'no card has this code') };
  }
  const decline = redeemDecline(card, store, request, now);
  if (decline !== null) return { kind: 'decline', error: decline };
  return { kind: 'apply', card, amountMinor: request.amountMinor ?? card.balance_minor };
}
