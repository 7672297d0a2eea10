/** The redemption receipt, and the partial one that tells the cashier what is still due. */
import type { Redemption } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument } from './receipt-document.js';
import { receiptCard, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines, transactionLines } from './receipt-header.js';

export interface RedemptionReceiptInput {
  redemption: Redemption;
  /** What the sale still needs from another tender; null or 0 when the card covered it. */
  stillDueMinor: number | null;
}

export function redemptionReceipt(context: ReceiptContext, input: RedemptionReceiptInput): ReceiptDocument {
  const { redemption } = input;
  const money = (amountMinor: number) => receiptMoney(amountMinor, redemption.currency, context.store);
  const stillDueMinor = input.stillDueMinor ?? 0;
  const partial = stillDueMinor > 0;
  return {
    kind: partial ? 'partial_redemption' : 'redemption',
    duplicate: false,
    transactionId: redemption.id,
    lines: [
      ...headerLines(context, 'Gift card redemption', redemption.createdAt),
      { kind: 'pair', label: 'Gift card', value: receiptCard(redemption.card.last4) },
      { kind: 'pair', label: 'Currency', value: redemption.currency },
      // Before and after exactly as the backend answered: the terminal never recomputes a balance.
      { kind: 'pair', label: 'Balance before', value: money(redemption.balanceBeforeMinor) },
      { kind: 'pair', label: 'Redeemed', value: money(redemption.amountMinor), strong: true },
      { kind: 'pair', label: 'Remaining balance', value: money(redemption.balanceAfterMinor), strong: true },
      ...(partial ? [{ kind: 'pair', label: 'Still due', value: money(stillDueMinor), strong: true } as const] : []),
      { kind: 'rule' },
      ...transactionLines(redemption.id),
      ...footerLines(context),
    ],
  };
}
