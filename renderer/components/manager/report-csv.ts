/**
 * The manager view's CSV exports: one line per shift, or one line per ledger activity. Times are
 * the store's wall clock with its UTC offset (2026-11-22T09:00:00-05:00), the way the screen shows
 * them and still exact; amounts in major units with the currency's digits (12.50).
 */
import type { ActivityReportResponse, ShiftReportResponse, Store } from '../../../shared/backend-api.js';
import type { LiabilityResponse } from '../../../shared/sales-api.js';
import { currencyDigits, minorToDecimalString } from '../../../shared/money.js';
import { localIsoWithOffset } from './report-time.js';

type Activity = ActivityReportResponse['activities'][number];

const SHIFT_HEADER = [
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
  'cards_sold',
  'sold',
  'loads',
  'loaded',
  'refunds',
  'refunded',
];

const TRANSACTION_HEADER = [
  'activity_id',
  'time',
  'kind',
  'card',
  'amount',
  'currency',
  'shift_id',
  'cashier',
  'terminal',
];

/** One line per shift of the report. */
export function shiftReportCsv(report: ShiftReportResponse): string {
  const { store } = report;
  const time = (iso: string | null) => (iso === null ? '' : localIsoWithOffset(iso, store.timezone));
  const rows = report.shifts.map(({ shift, totals, cashierName, terminalName }) => {
    const currency = totals.currency || store.currency;
    const amount = (minor: number) => decimal(minor, currency);
    return [
      shift.id,
      defused(cashierName),
      defused(terminalName),
      time(shift.openedAt),
      time(shift.closedAt),
      shift.status,
      currency,
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
      String(totals.activationCount),
      amount(totals.activatedMinor),
      String(totals.loadCount),
      amount(totals.loadedMinor),
      String(totals.refundCount),
      amount(totals.refundedMinor),
    ];
  });
  return csv(SHIFT_HEADER, rows);
}

/**
 * One line per ledger activity in the range (redemptions, voids, reversals), with the cashier and
 * terminal of its shift. Cards by their last 4 only, as the backend sends them.
 */
export function transactionsCsv(report: ShiftReportResponse, activities: readonly Activity[]): string {
  const { store } = report;
  const shifts = new Map(report.shifts.map((entry) => [entry.shift.id, entry]));
  const rows = activities.map((activity) => {
    const shift = activity.shiftId === null ? undefined : shifts.get(activity.shiftId);
    return [
      activity.id,
      localIsoWithOffset(activity.createdAt, store.timezone),
      activity.kind,
      activity.card.last4,
      decimal(activity.amountMinor, store.currency),
      store.currency,
      activity.shiftId ?? '',
      defused(shift?.cashierName ?? ''),
      defused(shift?.terminalName ?? ''),
    ];
  });
  return csv(TRANSACTION_HEADER, rows);
}

const LIABILITY_HEADER = ['currency', 'outstanding', 'active_cards', 'change', 'from', 'to'];

/** The store's liability: money on its active cards now, by currency, and its change over the range. */
export function liabilityCsv(liability: LiabilityResponse, store: Store): string {
  const time = (iso: string) => localIsoWithOffset(iso, store.timezone);
  const rows = liability.liabilities.map((line) => [
    line.currency,
    decimal(line.outstandingMinor, line.currency),
    String(line.activeCardCount),
    decimal(line.changeMinor, line.currency),
    time(liability.from),
    time(liability.to),
  ]);
  return csv(LIABILITY_HEADER, rows);
}

function decimal(minor: number, currency: string): string {
  return minorToDecimalString(minor, currencyDigits(currency));
}

function csv(header: readonly string[], rows: readonly string[][]): string {
  const lines = [header.join(','), ...rows.map((cells) => cells.map(csvCell).join(','))];
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
