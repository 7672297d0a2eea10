/** Money and dates as the store prints them: the store's locale, currency digits and time zone. */
import type { Store } from '../backend-api.js';
import { maskCode } from '../claim-code.js';
import { formatMoney } from '../money.js';

export function receiptMoney(amountMinor: number, currency: string, store: Store): string {
  return formatMoney(amountMinor, currency, store.locale);
}

/** An ISO timestamp in the store's time zone, as the screen shows it: "Nov 22, 2026, 9:14 AM". */
export function receiptDateTime(iso: string, store: Store): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(store.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: store.timezone,
    }).format(date);
  } catch {
    // An unknown zone or locale in the store's settings must not stop a receipt: print UTC.
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}

/** Only the last four characters ever reach paper, whatever the caller passes in. */
export function receiptCard(codeOrLast4: string): string {
  return maskCode(codeOrLast4);
}
