/** Pure figures for the manager view: redemptions per hour of a day, and the CSV of a shift report. */
import type { ActivityReportResponse, ShiftReportResponse, Store } from '../../../shared/backend-api.js';
import { currencyDigits, minorToDecimalString } from '../../../shared/money.js';
import { dayInZone, hourInZone } from './report-time.js';

type Activity = ActivityReportResponse['activities'][number];

export interface HourBucket {
  hour: number;
  count: number;
  amountMinor: number;
}

/** Redemptions (count and amount) in each of the 24 hours of `day` in the store's time zone. */
export function redemptionsPerHour(activities: readonly Activity[], day: string, timeZone: string): HourBucket[] {
  const buckets = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0, amountMinor: 0 }));
  for (const activity of activities) {
    if (activity.kind !== 'redeem') continue;
    const at = new Date(activity.createdAt);
    if (dayInZone(at, timeZone) !== day) continue;
    const bucket = buckets[hourInZone(at, timeZone)];
    if (bucket === undefined) continue;
    bucket.count += 1;
    bucket.amountMinor += activity.amountMinor;
  }
  return buckets;
}

const CSV_HEADER = [
  'shift_id',
  'cashier',
  'terminal',
  'opened_at',
  'closed_at',
  'status',
  'currency',
  'redemptions',
  'redeemed',
  'full',
  'partial',
  'voids',
  'voided',
  'reversals',
  'reversed',
  'net',
  'lockouts',
];

/** One line per shift; amounts in major units with the currency's digits (12.50), times in ISO UTC. */
export function shiftReportCsv(report: ShiftReportResponse, store: Store): string {
  const lines = [CSV_HEADER.join(',')];
  for (const entry of report.shifts) {
    const { totals, shift } = entry;
    const amount = (minor: number) => minorToDecimalString(minor, currencyDigits(totals.currency));
    const cells = [
      shift.id,
      defused(entry.cashierName),
      defused(entry.terminalName),
      shift.openedAt,
      shift.closedAt ?? '',
      shift.status,
      totals.currency || store.currency,
      String(totals.redemptionCount),
      amount(totals.redeemedMinor),
      String(totals.fullRedemptionCount),
      String(totals.partialRedemptionCount),
      String(totals.voidCount),
      amount(totals.voidedMinor),
      String(totals.reversalCount),
      amount(totals.reversedMinor),
      amount(totals.netMinor),
      String(totals.lockoutCount),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A name starting with = + - @ gets a leading ' so a spreadsheet never runs it as a formula. */
function defused(name: string): string {
  return /^[=+\-@]/.test(name) ? `'${name}` : name;
}

/** RFC 4180 quoting. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
