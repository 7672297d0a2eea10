/**
 * Money and dates as the store's cashiers read them: the cashier's language in the store's region
 * (renderer/i18n/language.ts) and the store's time zone.
 */
import type { Store } from '../../shared/backend-api.js';
import { formatMoney } from '../../shared/money.js';
import { currentLocale } from '../i18n/index.js';

export function money(amountMinor: number, currency: string, store: Store | undefined): string {
  return formatMoney(amountMinor, currency, currentLocale(store?.locale));
}

/** An ISO timestamp in the store's time zone, e.g. "Nov 22, 2026, 9:14 AM". */
export function dateTime(iso: string, store: Store | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(currentLocale(store?.locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: store?.timezone,
    }).format(date);
  } catch {
    return date.toISOString();
  }
}

/** A region code in words, in the cashier's language: "CA" → "Canada (CA)"; an unknown code as it is. */
export function regionInWords(region: string, store: Store | undefined): string {
  return inWords(region, 'region', store);
}

/** A currency code in words: "CAD" → "Canadian dollars (CAD)". */
export function currencyInWords(currency: string, store: Store | undefined): string {
  return inWords(currency, 'currency', store);
}

function inWords(code: string, type: 'region' | 'currency', store: Store | undefined): string {
  try {
    const name = new Intl.DisplayNames([currentLocale(store?.locale)], { type, fallback: 'none' }).of(code);
    if (name === undefined || name === code) return code;
    // Currency names read as what the card holds: "Canadian dollars", not "Canadian Dollar".
    const words = type === 'currency' ? pluralCurrency(code, name, store) : name;
    return `${words} (${code})`;
  } catch {
    return code;
  }
}

function pluralCurrency(code: string, singular: string, store: Store | undefined): string {
  try {
    const parts = new Intl.NumberFormat(currentLocale(store?.locale), {
      style: 'currency',
      currency: code,
      currencyDisplay: 'name',
    }).formatToParts(2);
    const plural = parts.find((part) => part.type === 'currency')?.value;
    return plural ?? singular;
  } catch {
    return singular;
  }
}
