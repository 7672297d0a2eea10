import type { Store } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { parseCardCode } from '../cards/card-code.js';
import { findCardByHmac, type CardRow } from '../cards/card.repository.js';
import type { Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';

/**
 * The card a manager names by code, or card_not_found / code_malformed. A code that fails its check
 * character can only name an imported legacy card (one without a check character).
 */
export async function cardByCode(ctx: BackendContext, trx: Trx, code: string): Promise<CardRow> {
  const parsed = parseCardCode(ctx.config.serverKey, code);
  if (!parsed.ok) throw new ApiError('code_malformed', 'not a card code');
  const card = await findCardByHmac(trx, parsed.hmac);
  if (card === undefined || (parsed.failedCheck && card.requires_check === 1)) {
    if (parsed.failedCheck) throw new ApiError('code_malformed', 'check character does not match');
    throw new ApiError('card_not_found', 'no card has this code');
  }
  return card;
}

/** A store's manager acts only on cards the store could redeem: its own region and currency. */
export function assertCardOfStore(card: CardRow, store: Store): void {
  if (card.region !== store.region) {
    throw new ApiError('region_mismatch', 'card belongs to another region', { last4: card.last4 });
  }
  if (card.currency !== store.currency) {
    throw new ApiError('currency_mismatch', 'card is in another currency', { last4: card.last4 });
  }
}
