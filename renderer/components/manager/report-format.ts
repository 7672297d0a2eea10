/**
 * Short dates and times for the dashboard's narrow tables and headings, in the cashier's language
 * and the store's time zone (the same rules as renderer/format/store-format.ts, fewer characters).
 */
import type { Store } from '../../../shared/backend-api.js';
import { currentLocale } from '../../i18n/index.js';

function format(date: Date, options: Intl.DateTimeFormatOptions, store: Store | undefined): string {
  try {
    return new Intl.DateTimeFormat(currentLocale(store?.locale), options).format(date);
  } catch {
    return date.toISOString();
  }
}

/** "11:05 AM" when the report is one day (the day is on screen already), else "12/2/26, 11:05 AM". */
export function shortTime(iso: string, store: Store | undefined, oneDay: boolean): string {
  const options: Intl.DateTimeFormatOptions = oneDay
    ? { timeStyle: 'short', timeZone: store?.timezone }
    : { dateStyle: 'short', timeStyle: 'short', timeZone: store?.timezone };
  return format(new Date(iso), options, store);
}

/** A calendar day (YYYY-MM-DD) as the store's language writes it: "Dec 2, 2026". */
export function dayName(day: string, store: Store): string {
  // Noon UTC of that day, formatted in UTC: the same calendar day whatever the zone.
  return format(new Date(`${day}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }, store);
}
