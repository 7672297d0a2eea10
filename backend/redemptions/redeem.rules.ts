import { createHmac } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { RedeemRequest, Store } from '../../shared/backend-api.js';
import { normalizeCode } from '../../shared/claim-code.js';
import { redeemDecline } from '../cards/card-rules.js';
import type { CardRow } from '../cards/card.repository.js';
import type { ParsedCode } from '../cards/card-code.js';
import { codeHmac } from '../crypto/hashing.js';
import type { IdempotencyRecordsTable } from '../db/schema.js';
import { ApiError } from '../http/api-error.js';
import { entryDelayed } from '../throttle/throttle-policy.js';

/**
 * The pure half of a redemption: what identifies a request under its key, what a repeated key
 * answers, and from what was read, what to do. No I/O here; redeem.service.ts does the reading
 * and writing, and the card rules themselves are cards/card-rules.ts.
 */

export type IdempotencyRecord = Selectable<IdempotencyRecordsTable>;

/** The response stored under a key: sent again byte for byte on a repeat of the request. */
export interface StoredResponse {
  statusCode: number;
  json: string;
}

/** Everything a redemption decision reads, fetched in one round trip (redemption.repository.ts). */
export interface RedeemState {
  record: IdempotencyRecord | undefined;
  /** The later end of the terminal's and the cashier's code-entry wait, or null. */
  lockedUntil: string | null;
  shiftOpen: boolean;
  card: CardRow | undefined;
}

/**
 * What identifies a redemption request under its idempotency key, without storing the code:
 * the code's HMAC, the amount (null = full balance) and the currency, plus one hash of all three.
 */
export interface RequestFingerprint {
  hash: string;
  codeHmac: string;
  amountMinor: number | null;
  currency: string;
}

export function fingerprintRedeemRequest(serverKey: Buffer, request: RedeemRequest): RequestFingerprint {
  const code = codeHmac(serverKey, normalizeCode(request.code));
  const amountMinor = request.amountMinor ?? null;
  const hash = createHmac('sha256', serverKey)
    .update(`redeem\n${code}\n${amountMinor ?? 'full'}\n${request.currency}`)
    .digest('hex');
  return { hash, codeHmac: code, amountMinor, currency: request.currency };
}

/** The first field in which a repeated request differs from the original, or null when equal. */
export function differingField(
  original: { codeHmac: string | null; amountMinor: number | null; currency: string | null },
  repeat: RequestFingerprint,
): 'code' | 'amountMinor' | 'currency' | null {
  if (original.codeHmac !== repeat.codeHmac) return 'code';
  if (original.amountMinor !== repeat.amountMinor) return 'amountMinor';
  if (original.currency !== repeat.currency) return 'currency';
  return null;
}

/**
 * The answer to a repeated idempotency key: the stored response when the request is the same;
 * key_reversed when the key was reversed (or tombstoned); idempotency_conflict naming the first
 * differing field when it is not the same request.
 */
export function replayStored(record: IdempotencyRecord, fingerprint: RequestFingerprint): StoredResponse {
  if (record.state === 'reversed') {
    throw new ApiError('key_reversed', 'this idempotency key was reversed; start a new transaction');
  }
  const field = differingField(
    { codeHmac: record.request_code_hmac, amountMinor: record.request_amount_minor, currency: record.request_currency },
    fingerprint,
  );
  if (field !== null) {
    throw new ApiError('idempotency_conflict', `idempotency key already used with a different ${field}`, { field });
  }
  return { statusCode: record.status_code, json: record.response_json };
}

export type RedeemDecision =
  /** The key was seen: answer as before. */
  | { kind: 'replay'; response: StoredResponse }
  /** Refuse without writing anything (wait, closed shift, malformed code). Conflicts throw from replayStored. */
  | { kind: 'refuse'; error: ApiError }
  /** Unknown code: count a failed lookup; remember card_not_found under the key. */
  | { kind: 'failed_lookup'; error: ApiError }
  /** A business decline (cards/card-rules.ts): remembered under the key. */
  | { kind: 'decline'; error: ApiError }
  | { kind: 'apply'; card: CardRow; amountMinor: number };

/**
 * From what was read, what to do. The order matters: the key first (a retry always gets its
 * answer), then the wait (a waiting terminal learns nothing about a card), then the shift, then
 * the card.
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
