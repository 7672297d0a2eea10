/** The redemption receipt, and the partial one that tells the cashier what is still due. */
import type { Redemption } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument } from './receipt-document.js';
import { receiptCard, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines, transactionLines } from './receipt-header.js';
import { receiptText } from './receipt-text.js';

export interface RedemptionReceiptInput {
  redemption: Redemption;
  /** What the sale still needs from another tender; null or 0 when the card covered it. */
  stillDueMinor: number | null;
}

export function redemptionReceipt(context: ReceiptContext, input: RedemptionReceiptInput): ReceiptDocument {
  const { redemption } = input;
  const text = receiptText(context.language);
  const money = (amountMinor: number) => receiptMoney(amountMinor, redemption.currency, context);
  const stillDueMinor = input.stillDueMinor ?? 0;
  const partial = stillDueMinor > 0;
  return {
    kind: partial ? 'partial_redemption' : 'redemption',
    duplicate: false,
    language: context.language,
    transactionId: redemption.id,
    lines: [
      ...headerLines(context, text.redemption, redemption.createdAt),
      { kind: 'pair', label: text.giftCard, value: receiptCard(redemption.card.last4) },
      { kind: 'pair', label: text.currency, value: redemption.currency },
      // Before and after exactly as the backend answered: the terminal never recomputes a balance.
      { kind: 'pair', label: text.balanceBefore, value: money(redemption.balanceBeforeMinor) },
      { kind: 'pair', label: text.redeemed, value: money(redemption.amountMinor), strong: true },
      { kind: 'pair', label: text.remainingBalance, value: money(redemption.balanceAfterMinor), strong: true },
      ...(partial ? [{ kind: 'pair', label: text.stillDue, value: money(stillDueMinor), strong: true } as const] : []),
      { kind: 'rule' },
      ...transactionLines(context, redemption.id),
      ...footerLines(context),
    ],
  };
}
