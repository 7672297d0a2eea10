/**
 * Why a looked-up card cannot be redeemed in this store, read from the backend's own answer (the
 * backend also refuses such a redemption: this only lets the cashier know before choosing an amount).
 */
import type { CardView, Store } from '../../shared/backend-api.js';
import type { AppError } from '../../shared/error-codes.js';

export function cardProblem(card: CardView, store: Store, now: Date = new Date()): AppError | null {
  const last4 = card.last4;
  if (card.status === 'inactive') return { code: 'card_not_active', message: `card ${last4} is not active` };
  if (card.status === 'frozen') {
    return { code: 'card_frozen', message: `card ${last4} is frozen`, details: { reason: card.frozenReason ?? null } };
  }
  if (card.status === 'closed') return { code: 'card_closed', message: `card ${last4} is closed` };
  if (card.expiresAt !== null && Date.parse(card.expiresAt) <= now.getTime()) {
    return { code: 'card_expired', message: `card ${last4} has expired`, details: { expiresAt: card.expiresAt } };
  }
  // Where the card is from and what it holds, so the screen can say both in words.
  const origin = { cardRegion: card.region, cardCurrency: card.currency };
  if (card.region !== store.region) {
    return { code: 'region_mismatch', message: `card ${last4} is of another region`, details: origin };
  }
  if (card.currency !== store.currency) {
    return { code: 'currency_mismatch', message: `card ${last4} is in another currency`, details: origin };
  }
  if (card.balanceMinor === 0) {
    return { code: 'card_empty', message: `card ${last4} is used up`, details: { lastUsedAt: card.lastActivityAt } };
  }
  return null;
}

/**
 * The card a lookup declined as frozen, read from the decline's details (the backend adds what the
 * card holds), so a manager can unfreeze it or move its balance at the counter. Null when the
 * details do not say enough.
 */
export function frozenCardOf(error: AppError): CardView | null {
  const details = error.details ?? {};
  const { last4, balanceMinor, currency, region, reason } = details;
  if (error.code !== 'card_frozen' || typeof last4 !== 'string' || typeof balanceMinor !== 'number') return null;
  if (typeof currency !== 'string' || typeof region !== 'string') return null;
  return {
    last4,
    status: 'frozen',
    currency,
    region,
    balanceMinor,
    expiresAt: null,
    lastActivityAt: null,
    frozenReason: typeof reason === 'string' ? reason : null,
  };
}
