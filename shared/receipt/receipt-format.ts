/**
 * Money and dates as a receipt prints them: in the terminal's language and the store's region
 * ("es-US" for a US store speaking Spanish), with the currency's digits and the store's time zone,
 * as the screens show them.
 */
import { maskCode } from '../claim-code.js';
import { formattingLocale } from '../language.js';
import { formatMoney } from '../money.js';
import type { ReceiptContext } from './receipt-document.js';

type Where = Pick<ReceiptContext, 'store' | 'language'>;

export function receiptMoney(amountMinor: number, currency: string, where: Where): string {
  return formatMoney(amountMinor, currency, formattingLocale(where.language, where.store.locale));
}

/** An ISO timestamp in the store's time zone: "Nov 22, 2026, 9:14 AM", "22 nov 2026, 9:14". */
export function receiptDateTime(iso: string, where: Where): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(formattingLocale(where.language, where.store.locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: where.store.timezone,
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
