/**
 * Pure helpers for the tender step. Amounts are entered cents first, as on a POS keypad: each digit
 * pushes in from the right, so 1, 0, 0, 0 is 10.00. The keyboard follows the same rule (its
 * separator is ignored, so typing 10.50 still gives 10.50), and the amount is kept as those digits:
 * a count of minor units.
 */
import type { AppError } from '../../shared/error-codes.js';
import { currencyDigits, minorToDecimalString } from '../../shared/money.js';

export type TenderKind = 'full' | 'amount' | 'sale';

export type Tender =
  | { kind: 'full'; amountMinor: number }
  | { kind: 'amount'; amountMinor: number }
  /** A sale total: the card pays min(total, balance), another tender pays the rest. */
  | { kind: 'sale'; saleTotalMinor: number; amountMinor: number };

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | 'backspace' | 'clear';

/** Up to 999 999 999 999 minor units: far above any card, far below Number's exact integers. */
const MAX_AMOUNT_DIGITS = 12;

/**
 * What the field holds, from whatever the keyboard left in it: digits only, no leading zeros (''
 * for nothing entered). Typing at the end appends a digit and Backspace drops the last one, so the
 * display reads back as the same digits the keypad would have made. Too long: `previous` stays.
 */
export function amountDigits(text: string, previous = ''): string {
  const digits = text.replace(/\D/g, '').replace(/^0+/, '');
  return digits.length > MAX_AMOUNT_DIGITS ? previous : digits;
}

export function applyKeypadKey(digits: string, key: KeypadKey): string {
  if (key === 'clear') return '';
  if (key === 'backspace') return digits.slice(0, -1);
  return amountDigits(digits + key, digits);
}

/** The digits as the amount they stand for in `currency` ("1000" → "10.00" in USD, "10.00" stays "10.00"). */
export function amountText(digits: string, currency: string): string {
  return digits === '' ? '' : minorToDecimalString(Number(digits), currencyDigits(currency));
}

export type TenderPlan = { ok: true; tender: Tender } | { ok: false; error: AppError };

/** Rejects what cannot be sent (nothing entered, zero, more than the balance) before any call. */
export function planTender(kind: TenderKind, digits: string, balanceMinor: number): TenderPlan {
  if (kind === 'full') return { ok: true, tender: { kind: 'full', amountMinor: balanceMinor } };
  const amountMinor = Number(amountDigits(digits) || '0');
  if (amountMinor <= 0)
    return { ok: false, error: { code: 'amount_invalid', message: 'amount not readable: nothing entered' } };
  if (kind === 'sale') {
    return {
      ok: true,
      tender: { kind: 'sale', saleTotalMinor: amountMinor, amountMinor: Math.min(amountMinor, balanceMinor) },
    };
  }
  if (amountMinor > balanceMinor) {
    return {
      ok: false,
      error: { code: 'insufficient_funds', message: 'amount above the balance', details: { balanceMinor } },
    };
  }
  return { ok: true, tender: { kind: 'amount', amountMinor } };
}
