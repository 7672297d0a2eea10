/**
 * What the customer display shows, derived from the cashier's state in one pure function. It
 * copies only amounts, the store's name and locale, and a card's last four characters, so the full
 * code, the PIN and the cashier's details cannot reach the second screen by accident.
 */
import { customerLast4Schema, type CustomerView } from '../../shared/customer-display.js';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/language.js';
import type { AppState } from './app-store.js';

export type CustomerViewSource = Pick<
  AppState,
  | 'session'
  | 'view'
  | 'step'
  | 'card'
  | 'tender'
  | 'redemption'
  | 'stillDueMinor'
  | 'flowError'
  | 'checking'
  | 'saleResult'
>;

/** While these stand, nobody knows yet whether the card paid: the customer waits, nothing is declined. */
const STILL_FINDING_OUT = new Set(['outcome_unknown', 'backend_unreachable', 'internal_error', 'not_charged']);

const FALLBACK_LOCALE = 'en-US';

/** A card's last four when they look like last four; otherwise the card is not named at all. */
function shownLast4(last4: string): string | null {
  const tail = last4.slice(-4);
  return customerLast4Schema.safeParse(tail).success ? tail : null;
}

export function customerViewOf(state: CustomerViewSource, language: Language = DEFAULT_LANGUAGE): CustomerView {
  const store = state.session?.store;
  const shown = { storeName: store?.name ?? null, locale: store?.locale ?? FALLBACK_LOCALE, language };
  // Signed out, or the cashier is on the shift report or settings: nobody is being served.
  if (state.session === null || state.view !== 'redeem') return { kind: 'idle', ...shown };
  if (state.checking) return { kind: 'notice', ...shown, notice: 'wait' };
  const { card, tender, redemption } = state;
  if (state.step === 'card' && card !== null) {
    return {
      kind: 'balance',
      ...shown,
      last4: shownLast4(card.last4),
      currency: card.currency,
      balanceMinor: card.balanceMinor,
    };
  }
  if (state.step === 'confirm' && card !== null && tender !== null && tender.amountMinor > 0) {
    return {
      kind: 'confirm',
      ...shown,
      last4: shownLast4(card.last4),
      currency: card.currency,
      amountMinor: tender.amountMinor,
    };
  }
  if (state.step === 'approved' && redemption !== null) {
    return {
      kind: 'approved',
      ...shown,
      last4: shownLast4(redemption.card.last4),
      currency: redemption.currency,
      amountMinor: redemption.amountMinor,
      balanceAfterMinor: redemption.balanceAfterMinor,
      stillDueMinor: state.stillDueMinor !== null && state.stillDueMinor > 0 ? state.stillDueMinor : null,
    };
  }
  // A card sold, loaded or credited: the customer sees what the card now holds, as the backend said.
  if (state.step === 'sold' && state.saleResult !== null) {
    const sale = state.saleResult;
    return {
      kind: 'balance',
      ...shown,
      last4: shownLast4(sale.card.last4),
      currency: sale.currency,
      balanceMinor: sale.balanceAfterMinor,
    };
  }
  if (state.step === 'error' && state.flowError !== null) {
    const notice = STILL_FINDING_OUT.has(state.flowError.error.code) ? 'wait' : 'declined';
    return { kind: 'notice', ...shown, notice };
  }
  return { kind: 'idle', ...shown };
}
