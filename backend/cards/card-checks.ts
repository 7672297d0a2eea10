import type { Store } from '../../shared/backend-api.js';
import { ApiError } from '../http/api-error.js';
import type { CardRow } from './card.repository.js';

/**
 * Why a card cannot be redeemed in this store right now, or null when it can. Lookup answers
 * these as errors with details, so the terminal can say "already used up (last used on …)"
 * without a second call; the card's last 4 characters come with every one.
 */
export function cardDecline(card: CardRow, store: Store, now: Date): ApiError | null {
  const last4 = card.last4;
  switch (card.status) {
    case 'inactive':
      return new ApiError('card_not_active', 'card is not activated', { last4 });
    case 'frozen':
      return new ApiError('card_frozen', 'card is frozen', { last4, reason: card.frozen_reason });
    case 'closed':
      return new ApiError('card_closed', 'card is closed', { last4 });
    case 'active':
      break;
  }
  if (card.expires_at !== null && card.expires_at <= now.toISOString()) {
    return new ApiError('card_expired', 'card has expired', { last4, expiresAt: card.expires_at });
  }
  if (card.region !== store.region) {
    return new ApiError('region_mismatch', 'card belongs to another region', {
      last4,
      cardRegion: card.region,
      storeRegion: store.region,
    });
  }
  if (card.currency !== store.currency) {
    return new ApiError('currency_mismatch', 'card is in another currency', {
      last4,
      cardCurrency: card.currency,
      storeCurrency: store.currency,
    });
  }
  if (card.balance_minor === 0) {
    return new ApiError('card_empty', 'card has no balance left', { last4, lastActivityAt: card.last_activity_at });
  }
  return null;
}
