import type { RedeemRequest, Store } from '../../shared/backend-api.js';
import { cardDecline } from '../cards/card-checks.js';
import type { CardRow } from '../cards/card.repository.js';
import { ApiError } from '../http/api-error.js';

/**
 * Why this card cannot pay this request here, or null when it can: the lookup checks, then the
 * request's currency, then the amount against the balance (no amount = the full balance).
 */
export function redeemDecline(card: CardRow, store: Store, request: RedeemRequest, now: Date): ApiError | null {
  const decline = cardDecline(card, store, now);
  if (decline !== null) return decline;
  if (request.currency !== card.currency) {
    return new ApiError('currency_mismatch', 'request currency differs from the card currency', {
      last4: card.last4,
      cardCurrency: card.currency,
      requestCurrency: request.currency,
    });
  }
  if (request.amountMinor !== undefined && request.amountMinor > card.balance_minor) {
    return new ApiError('insufficient_funds', 'amount is more than the card balance', {
      last4: card.last4,
      balanceMinor: card.balance_minor,
    });
  }
  return null;
}
