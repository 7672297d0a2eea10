/** Pure helpers for the tender step: the on-screen keypad and turning cashier input into an amount. */
import type { AppError } from '../../shared/error-codes.js';
import { parseMoney } from '../../shared/money.js';

export type TenderKind = 'full' | 'amount' | 'sale';

export type Tender =
  | { kind: 'full'; amountMinor: number }
  | { kind: 'amount'; amountMinor: number }
  /** A sale total: the card pays min(total, balance), another tender pays the rest. */
  | { kind: 'sale'; saleTotalMinor: number; amountMinor: number };

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | '.' | 'backspace' | 'clear';

const MAX_AMOUNT_INPUT_LENGTH = 14;

export function applyKeypadKey(text: string, key: KeypadKey): string {
  if (key === 'clear') return '';
  if (key === 'backspace') return text.slice(0, -1);
  if (key === '.' && text.includes('.')) return text;
  const next = key === '.' && text === '' ? '0.' : text + key;
  return next.length > MAX_AMOUNT_INPUT_LENGTH ? text : next;
}

export type TenderPlan = { ok: true; tender: Tender } | { ok: false; error: AppError };

/** Rejects what cannot be sent (unreadable, zero, more than the balance) before any call. */
export function planTender(kind: TenderKind, input: string, balanceMinor: number, currency: string): TenderPlan {
  if (kind === 'full') return { ok: true, tender: { kind: 'full', amountMinor: balanceMinor } };
  const parsed = parseMoney(input, currency);
  if (!parsed.ok)
    return { ok: false, error: { code: 'amount_invalid', message: `amount not readable: ${parsed.reason}` } };
  if (kind === 'sale') {
    const amountMinor = Math.min(parsed.amountMinor, balanceMinor);
    return { ok: true, tender: { kind: 'sale', saleTotalMinor: parsed.amountMinor, amountMinor } };
  }
  if (parsed.amountMinor > balanceMinor) {
    return {
      ok: false,
      error: { code: 'insufficient_funds', message: 'amount above the balance', details: { balanceMinor } },
    };
  }
  return { ok: true, tender: { kind: 'amount', amountMinor: parsed.amountMinor } };
}
