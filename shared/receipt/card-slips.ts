/** Slips about a card rather than a sale: balance on request, a void, a lost-card transfer. */
import type { CardView, TransferResponse, VoidResponse } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument, ReceiptLine } from './receipt-document.js';
import { receiptCard, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines, transactionLines } from './receipt-header.js';

export function balanceSlip(context: ReceiptContext, card: CardView, atIso: string): ReceiptDocument {
  return {
    kind: 'balance_slip',
    duplicate: false,
    transactionId: null,
    lines: [
      ...headerLines(context, 'Gift card balance', atIso),
      { kind: 'pair', label: 'Gift card', value: receiptCard(card.last4) },
      { kind: 'pair', label: 'Currency', value: card.currency },
      {
        kind: 'pair',
        label: 'Balance',
        value: receiptMoney(card.balanceMinor, card.currency, context.store),
        strong: true,
      },
      ...footerLines(context),
    ],
  };
}

export function voidReceipt(context: ReceiptContext, answer: VoidResponse): ReceiptDocument {
  const { void: voided } = answer;
  const money = (amountMinor: number) => receiptMoney(amountMinor, voided.currency, context.store);
  return {
    kind: 'void',
    duplicate: false,
    transactionId: voided.id,
    lines: [
      ...headerLines(context, 'Redemption voided', voided.createdAt),
      { kind: 'pair', label: 'Gift card', value: receiptCard(voided.card.last4) },
      { kind: 'pair', label: 'Voided redemption', value: voided.redemptionId },
      { kind: 'pair', label: 'Returned to card', value: money(voided.amountMinor), strong: true },
      { kind: 'pair', label: 'Remaining balance', value: money(answer.balanceAfterMinor), strong: true },
      { kind: 'text', text: `Reason: ${voided.reason}`, align: 'left' },
      { kind: 'rule' },
      ...transactionLines(voided.id),
      ...footerLines(context),
    ],
  };
}

/**
 * A lost-card transfer prints two slips, one per card, so each copy speaks of one card only (the
 * transaction id ties the two together): the frozen card's (its balance moved out, now zero) and the new card's (the balance moved in).
 */
export function transferReceipts(
  context: ReceiptContext,
  answer: TransferResponse,
): [ReceiptDocument, ReceiptDocument] {
  const { transfer } = answer;
  const money = (amountMinor: number) => receiptMoney(amountMinor, transfer.currency, context.store);
  const slip = (title: string, lines: ReceiptLine[]): ReceiptDocument => ({
    kind: 'transfer',
    duplicate: false,
    transactionId: transfer.id,
    lines: [
      ...headerLines(context, title, transfer.createdAt),
      ...lines,
      { kind: 'rule' },
      ...transactionLines(transfer.id),
      ...footerLines(context),
    ],
  });
  return [
    slip('Lost card: balance moved out', [
      { kind: 'pair', label: 'Frozen card', value: receiptCard(transfer.from.last4) },
      { kind: 'pair', label: 'Moved out', value: money(transfer.amountMinor), strong: true },
      { kind: 'pair', label: 'Card balance', value: money(transfer.from.balanceMinor), strong: true },
    ]),
    slip('New card: balance moved in', [
      { kind: 'pair', label: 'New card', value: receiptCard(transfer.to.last4) },
      { kind: 'pair', label: 'Moved in', value: money(transfer.amountMinor), strong: true },
      { kind: 'pair', label: 'Card balance', value: money(transfer.to.balanceMinor), strong: true },
    ]),
  ];
}
