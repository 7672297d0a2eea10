/** X (any time) and Z (at close) shift reports: totals exactly as the backend computed them. */
import type { Shift, Totals } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument, ReceiptLine } from './receipt-document.js';
import { receiptDateTime, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines } from './receipt-header.js';
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
  const money = (amountMinor: number) => receiptMoney(amountMinor, totals.currency, context.store);
  const count = (label: string, value: number): ReceiptLine => ({ kind: 'pair', label, value: String(value) });
  return {
    kind: input.report === 'x' ? 'x_report' : 'z_report',
    duplicate: false,
    transactionId: shift.id,
    lines: [
      ...headerLines(
        context,
        input.report === 'x' ? 'X report (shift open)' : 'Z report (shift closed)',
        input.printedAt,
      ),
      { kind: 'pair', label: 'Shift', value: shift.id },
      { kind: 'pair', label: 'Opened', value: receiptDateTime(shift.openedAt, context.store) },
      ...(shift.closedAt
        ? [{ kind: 'pair', label: 'Closed', value: receiptDateTime(shift.closedAt, context.store) } as const]
        : []),
      { kind: 'pair', label: 'Currency', value: totals.currency },
      { kind: 'rule' },
      count('Redemptions', totals.redemptionCount),
      count('  full', totals.fullRedemptionCount),
      count('  partial', totals.partialRedemptionCount),
      { kind: 'pair', label: 'Redeemed', value: money(totals.redeemedMinor) },
      count('Voids', totals.voidCount),
      { kind: 'pair', label: 'Voided', value: money(totals.voidedMinor) },
      count('Reversals', totals.reversalCount),
      { kind: 'pair', label: 'Reversed', value: money(totals.reversedMinor) },
      { kind: 'rule' },
      { kind: 'pair', label: 'Net redeemed', value: money(totals.netMinor), strong: true },
      count('Entry lockouts', totals.lockoutCount),
      ...pendingLines(input.pending, money),
      ...footerLines(context),
    ],
  };
}

/** Kept apart from the ledger's totals and flagged, so nobody takes them for settled money. */
function pendingLines(pending: PendingSummary | undefined, money: (amountMinor: number) => string): ReceiptLine[] {
  if (pending === undefined || pending.count === 0) return [];
  return [
    { kind: 'rule' },
    { kind: 'title', text: 'NOT YET SETTLED' },
    { kind: 'text', text: 'Outcome unknown: the terminal is still asking the backend.', align: 'left' },
    { kind: 'pair', label: 'Pending', value: String(pending.count) },
    { kind: 'pair', label: 'Pending amount', value: money(pending.amountMinor), strong: true },
    ...(pending.unknownAmountCount > 0
      ? [{ kind: 'pair', label: 'Full balance, amount unknown', value: String(pending.unknownAmountCount) } as const]
      : []),
  ];
}
