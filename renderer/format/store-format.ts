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
