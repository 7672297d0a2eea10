/**
 * The store's shift report a manager prints from the manager view: the shifts opened in a date
 * range with their totals, the totals per cashier and per terminal, and the voids. Every figure is
 * the backend's; the report only lays them out.
 */
import type { ActivityReportResponse, ShiftReportResponse, Totals } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument, ReceiptLine } from './receipt-document.js';
import { receiptCard, receiptDateTime, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines } from './receipt-header.js';
import { receiptText } from './receipt-text.js';

export interface StoreReportInput {
  report: ShiftReportResponse;
  /** The ledger's activities in the same range: the voids are listed from them. */
  activities: ActivityReportResponse['activities'];
  from: string;
  to: string;
  printedAt: string;
}

export function storeShiftReport(context: ReceiptContext, input: StoreReportInput): ReceiptDocument {
  const { report } = input;
  const store = context.store;
  const text = receiptText(context.language);
  const money = (amountMinor: number, currency = store.currency) => receiptMoney(amountMinor, currency, context);
  const date = (iso: string) => receiptDateTime(iso, context);
  const pair = (label: string, value: string, strong = false): ReceiptLine => ({ kind: 'pair', label, value, strong });

  // Net first (what the group took), then what made it up; zero lines are left out to keep it short.
  const totalsLines = (name: string, totals: Totals): ReceiptLine[] => [
    pair(name, money(totals.netMinor, totals.currency), true),
    pair(text.counted(text.redeemed, totals.redemptionCount), money(totals.redeemedMinor, totals.currency)),
    ...(totals.voidCount > 0
      ? [pair(text.counted(text.voided, totals.voidCount), money(totals.voidedMinor, totals.currency))]
      : []),
    ...(totals.reversalCount > 0
      ? [pair(text.counted(text.reversed, totals.reversalCount), money(totals.reversedMinor, totals.currency))]
      : []),
  ];
  const section = (title: string, lines: ReceiptLine[]): ReceiptLine[] =>
    lines.length === 0 ? [] : [{ kind: 'title', text: title }, ...lines, { kind: 'rule' }];

  const shiftsById = new Map(report.shifts.map((entry) => [entry.shift.id, entry]));
  const voids = input.activities.filter(
    (activity) => activity.kind === 'void' && shiftsById.has(activity.shiftId ?? ''),
  );
  const voidCount = report.shifts.reduce((sum, entry) => sum + entry.totals.voidCount, 0);
  const voidedMinor = report.shifts.reduce((sum, entry) => sum + entry.totals.voidedMinor, 0);

  return {
    kind: 'store_report',
    duplicate: false,
    language: context.language,
    transactionId: null,
    lines: [
      ...headerLines(context, text.storeReport, input.printedAt),
      pair(text.from, date(input.from)),
      // The range ends before `to` (the next day's start): "Until" says so.
      pair(text.until, date(input.to)),
      pair(text.shifts, String(report.shifts.length)),
      { kind: 'rule' },
      ...(report.shifts.length === 0 ? [{ kind: 'text', text: text.noShifts, align: 'left' } as const] : []),
      ...section(
        text.byCashier,
        report.byCashier.flatMap((row) => totalsLines(row.cashierName, row.totals)),
      ),
      ...section(
        text.byTerminal,
        report.byTerminal.flatMap((row) => totalsLines(row.terminalName, row.totals)),
      ),
      ...section(
        text.shifts,
        report.shifts.flatMap((entry) => [
          ...totalsLines(`${entry.cashierName}, ${entry.terminalName}`, entry.totals),
          pair(text.opened, date(entry.shift.openedAt)),
          pair(text.closed, entry.shift.closedAt ? date(entry.shift.closedAt) : text.stillOpen),
        ]),
      ),
      // The last section: the footer (when there is one) draws the closing rule.
      { kind: 'title', text: text.voids },
      pair(text.counted(text.voids, voidCount), money(voidedMinor), true),
      ...voids.flatMap((activity) => [
        pair(receiptCard(activity.card.last4), money(activity.amountMinor)),
        { kind: 'text', align: 'left', text: date(activity.createdAt) } as const,
        pair(text.cashier, shiftsById.get(activity.shiftId ?? '')?.cashierName ?? ''),
      ]),
      ...footerLines(context),
    ],
  };
}
