import type { Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { parseCardCode } from './card-code.js';
import { findCardByHmac, type CardRow } from './card.repository.js';

export type ResolvedCard = { ok: true; card: CardRow } | { ok: false; error: ApiError };

/**
 * Finds the card an entered code names. A failure here is code_malformed (never counted) or
 * card_not_found (a failed lookup, counted by lockouts/entry-lock.service.ts). The code itself never appears in the error.
 */
export async function resolveCard(db: Trx, serverKey: Buffer, input: string): Promise<ResolvedCard> {
  const parsed = parseCardCode(serverKey, input);
  if (!parsed.ok) return { ok: false, error: new ApiError('code_malformed', 'not a valid card code') };
  const card = await findCardByHmac(db, parsed.hmac);
  if (card !== undefined && (!parsed.failedCheck || card.requires_check === 0)) return { ok: true, card };
  if (parsed.failedCheck) return { ok: false, error: new ApiError('code_malformed', 'card code fails its check') };
  return { ok: false, error: new ApiError('card_not_found', 'no card has this code') };
}
