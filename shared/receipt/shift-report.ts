/** X (any time) and Z (at close) shift reports: totals exactly as the backend computed them. */
import type { Shift, Totals } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument, ReceiptLine } from './receipt-document.js';
import { receiptDateTime, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines } from './receipt-header.js';
import { receiptText, type ReceiptText } from './receipt-text.js';
import type { PendingSummary } from '../pending-outcomes.js';

export interface ShiftReportInput {
  report: 'x' | 'z';
  shift: Shift;
  totals: Totals;
  printedAt: string;
  /** X report only: redemptions sent whose outcome the terminal does not know yet. */
  pending?: PendingSummary;
}

export function shiftReport(context: ReceiptContext, input: ShiftReportInput): ReceiptDocument {
  const { totals, shift } = input;
  const text = receiptText(context.language);
  const money = (amountMinor: number) => receiptMoney(amountMinor, totals.currency, context);
  const count = (label: string, value: number): ReceiptLine => ({ kind: 'pair', label, value: String(value) });
  return {
    kind: input.report === 'x' ? 'x_report' : 'z_report',
    duplicate: false,
    language: context.language,
    transactionId: shift.id,
    lines: [
      ...headerLines(context, input.report === 'x' ? text.xReport : text.zReport, input.printedAt),
      { kind: 'pair', label: text.shift, value: shift.id },
      { kind: 'pair', label: text.opened, value: receiptDateTime(shift.openedAt, context) },
      ...(shift.closedAt
        ? [{ kind: 'pair', label: text.closed, value: receiptDateTime(shift.closedAt, context) } as const]
        : []),
      { kind: 'pair', label: text.currency, value: totals.currency },
      { kind: 'rule' },
      count(text.redemptions, totals.redemptionCount),
      count(`  ${text.full}`, totals.fullRedemptionCount),
      count(`  ${text.partial}`, totals.partialRedemptionCount),
      { kind: 'pair', label: text.redeemed, value: money(totals.redeemedMinor) },
      count(text.voids, totals.voidCount),
      { kind: 'pair', label: text.voided, value: money(totals.voidedMinor) },
      count(text.reversals, totals.reversalCount),
      { kind: 'pair', label: text.reversed, value: money(totals.reversedMinor) },
      { kind: 'rule' },
      { kind: 'pair', label: text.netRedeemed, value: money(totals.netMinor), strong: true },
      count(text.entryLockouts, totals.lockoutCount),
      ...pendingLines(text, input.pending, money),
      ...footerLines(context),
    ],
  };
}

/** Kept apart from the ledger's totals and flagged, so nobody takes them for settled money. */
function pendingLines(
  text: ReceiptText,
  pending: PendingSummary | undefined,
  money: (amountMinor: number) => string,
): ReceiptLine[] {
  if (pending === undefined || pending.count === 0) return [];
  return [
    { kind: 'rule' },
    { kind: 'title', text: text.notYetSettled },
    { kind: 'text', text: text.outcomeUnknown, align: 'left' },
    { kind: 'pair', label: text.pending, value: String(pending.count) },
    { kind: 'pair', label: text.pendingAmount, value: money(pending.amountMinor), strong: true },
    ...(pending.unknownAmountCount > 0
      ? [{ kind: 'pair', label: text.fullBalanceUnknown, value: String(pending.unknownAmountCount) } as const]
      : []),
  ];
}
