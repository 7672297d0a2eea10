/**
 * Money is an integer count of minor units plus an ISO 4217 currency code.
 * Floats never hold money: parsing and formatting go through these helpers.
 */

/** Largest amount any single call may carry: 10 million major units of a 3-decimal currency. */
export const MAX_AMOUNT_MINOR = 10_000_000_000;

const FALLBACK_DIGITS = 2;

/** Minor-unit digits of a currency as Intl knows them (JPY 0, EUR 2, KWD 3). */
export function currencyDigits(currency: string): number {
  try {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
    return options.maximumFractionDigits ?? FALLBACK_DIGITS;
  } catch {
    return FALLBACK_DIGITS;
  }
}

export function isValidAmountMinor(amountMinor: unknown): amountMinor is number {
  return (
    typeof amountMinor === 'number' &&
    Number.isSafeInteger(amountMinor) &&
    amountMinor > 0 &&
    amountMinor <= MAX_AMOUNT_MINOR
  );
}

/** Formats minor units for people, by the store's locale: 1234 USD en-US → "$12.34". */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  const digits = currencyDigits(currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Divide as a decimal string, not a float, so large amounts stay exact.
  return formatter.format(minorToDecimalString(amountMinor, digits) as unknown as number);
}

/** 1234, 2 → "12.34"; -5, 2 → "-0.05"; 7, 0 → "7". */
export function minorToDecimalString(amountMinor: number, digits: number): string {
  const negative = amountMinor < 0;
  const text = Math.abs(amountMinor)
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export type ParseMoneyResult =
  | { ok: true; amountMinor: number }
  | { ok: false; reason: 'empty' | 'not_a_number' | 'too_many_decimals' | 'not_positive' | 'too_large' };

/**
 * Parses what a cashier typed ("12.5", "12,50", "1,234.56", "¥500") into minor units of the currency.
 * With both "." and "," present, the last one is the decimal separator. With one kind, used once, it
 * is the decimal separator — except in a currency without minor units, where "1,000" is a group. An
 * amount we cannot read without guessing is refused rather than guessed: money must not be misread.
 */
export function parseMoney(input: string, currency: string): ParseMoneyResult {
  const digits = currencyDigits(currency);
  const cleaned = input.replace(/[\s\u00a0'’]/g, '').replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  if (cleaned === '') return { ok: false, reason: input.trim() === '' ? 'empty' : 'not_a_number' };
  if (cleaned.startsWith('-')) return { ok: false, reason: 'not_positive' };
  if (!/^[\d.,]+$/.test(cleaned)) return { ok: false, reason: 'not_a_number' };

  const separatorIndex = decimalSeparatorIndex(cleaned, digits);
  const groupedWhole = separatorIndex < 0 ? cleaned : cleaned.slice(0, separatorIndex);
  // Group separators must split whole groups of three ("1,234,567"), all with the same character:
  // "12.3.4" or "1,234,56" is a typing slip, and reading it either way would be a guess.
  if (/[.,]/.test(groupedWhole) && !WELL_GROUPED.test(groupedWhole)) return { ok: false, reason: 'not_a_number' };
  const wholePart = groupedWhole.replace(/[.,]/g, '');
  const fractionPart = separatorIndex < 0 ? '' : cleaned.slice(separatorIndex + 1);
  if (wholePart === '' && fractionPart === '') return { ok: false, reason: 'not_a_number' };
  if (fractionPart.length > digits) return { ok: false, reason: 'too_many_decimals' };

  const amountMinor = Number((wholePart || '0') + fractionPart.padEnd(digits, '0'));
  if (!Number.isSafeInteger(amountMinor) || amountMinor > MAX_AMOUNT_MINOR) return { ok: false, reason: 'too_large' };
  if (amountMinor <= 0) return { ok: false, reason: 'not_positive' };
  return { ok: true, amountMinor };
}

const WELL_GROUPED = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/;

/** Index of the decimal separator in a string of digits, "." and ","; -1 when there is none. */
function decimalSeparatorIndex(text: string, digits: number): number {
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  if (last < 0) return -1;
  const separator = text[last] ?? '';
  const other = separator === '.' ? ',' : '.';
  if (text.includes(other)) return last;
  const usedOnce = text.indexOf(separator) === last;
  if (!usedOnce) return -1;
  const groupOfThree = text.length - last - 1 === 3;
  if (digits === 0 && groupOfThree) return -1;
  return last;
}
