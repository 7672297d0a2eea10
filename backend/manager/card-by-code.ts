import type { Store } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import type { CardRow } from '../cards/card.repository.js';
import { resolveCard } from '../cards/resolve-card.js';
import type { Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';

/** The card a manager or the operator names by code, or card_not_found / code_malformed. */
export async function cardByCode(ctx: BackendContext, trx: Trx, code: string): Promise<CardRow> {
  const resolved = await resolveCard(trx, ctx.config.serverKey, code);
  if (!resolved.ok) throw resolved.error;
  return resolved.card;
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
