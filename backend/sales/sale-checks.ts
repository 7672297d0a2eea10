import type { AuthTerminal } from '../auth/auth.types.js';
import type { CardRow } from '../cards/card.repository.js';
import { ApiError } from '../http/api-error.js';
import type { SaleCheck } from './sale.service.js';

type Store = AuthTerminal['store'];

/** A card of another region or currency is not the store's to sell or credit. */
function assertOfStore(card: CardRow, store: Store): void {
  if (card.region !== store.region || card.currency !== store.currency) {
    throw new ApiError('card_not_in_stock', "card is not of this store's region and currency", { last4: card.last4 });
  }
}

function assertWithin(amountMinor: number, minMinor: number, maxMinor: number): void {
  if (amountMinor < minMinor || amountMinor > maxMinor) {
    throw new ApiError('amount_out_of_range', 'amount is outside the limits', { minMinor, maxMinor });
  }
}

function assertActive(card: CardRow): void {
  if (card.status === 'inactive') throw new ApiError('card_not_active', 'card was never activated');
  if (card.status === 'frozen') throw new ApiError('card_frozen', 'card is frozen');
  if (card.status === 'closed') throw new ApiError('card_closed', 'card is closed');
}

/** Activation: an issued, never activated card of the store's stock, within the activation limits. */
export const checkActivation: SaleCheck = (card, input, settings, store) => {
  if (card.status === 'active') throw new ApiError('card_already_active', 'card is already active');
  if (card.status !== 'inactive' || card.activated_at !== null) {
    throw new ApiError('card_not_in_stock', 'card is not an unsold card', { last4: card.last4 });
  }
  assertOfStore(card, store);
  assertWithin(input.amountMinor, settings.activationMinMinor, settings.activationMaxMinor);
  return input.amountMinor;
};

/** Load: only where the store allows reloads, on an active card, within the most a card may hold. */
export const checkLoad: SaleCheck = (card, input, settings, store) => {
  if (!settings.reloadAllowed) throw new ApiError('reload_not_allowed', 'this store does not reload cards');
  assertOfStore(card, store);
  assertActive(card);
  assertWithin(input.amountMinor, settings.activationMinMinor, settings.maxBalanceMinor - card.balance_minor);
  return settings.maxBalanceMinor;
};

/**
 * Refund: a return credited to an unsold card of the stock (which it activates) or to an active
 * card, within the most a card may hold. The caller checked the manager's PIN.
 */
export const checkRefund: SaleCheck = (card, input, settings, store) => {
  assertOfStore(card, store);
  if (card.status !== 'inactive') assertActive(card);
  assertWithin(input.amountMinor, 1, settings.maxBalanceMinor - card.balance_minor);
  return settings.maxBalanceMinor;
};
