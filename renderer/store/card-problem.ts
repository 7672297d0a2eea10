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
  if (card.region !== store.region) return { code: 'region_mismatch', message: `card ${last4} is of another region` };
  if (card.currency !== store.currency) {
    return { code: 'currency_mismatch', message: `card ${last4} is in another currency` };
  }
  if (card.balanceMinor === 0) {
    return { code: 'card_empty', message: `card ${last4} is used up`, details: { lastUsedAt: card.lastActivityAt } };
  }
  return null;
}
