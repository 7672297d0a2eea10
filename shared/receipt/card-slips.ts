/** Slips about a card rather than a sale: balance on request, a void, a lost-card transfer. */
import type { CardView, TransferResponse, VoidResponse } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument, ReceiptLine } from './receipt-document.js';
import { receiptCard, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines, transactionLines } from './receipt-header.js';
import { receiptText } from './receipt-text.js';

export function balanceSlip(context: ReceiptContext, card: CardView, atIso: string): ReceiptDocument {
  const text = receiptText(context.language);
  return {
    kind: 'balance_slip',
    duplicate: false,
    language: context.language,
    transactionId: null,
    lines: [
      ...headerLines(context, text.balanceTitle, atIso),
      { kind: 'pair', label: text.giftCard, value: receiptCard(card.last4) },
      { kind: 'pair', label: text.currency, value: card.currency },
      {
        kind: 'pair',
        label: text.balance,
        value: receiptMoney(card.balanceMinor, card.currency, context),
        strong: true,
      },
      ...footerLines(context),
    ],
  };
}

export function voidReceipt(context: ReceiptContext, answer: VoidResponse): ReceiptDocument {
  const { void: voided } = answer;
  const text = receiptText(context.language);
  const money = (amountMinor: number) => receiptMoney(amountMinor, voided.currency, context);
  return {
    kind: 'void',
    duplicate: false,
    language: context.language,
    transactionId: voided.id,
    lines: [
      ...headerLines(context, text.voidTitle, voided.createdAt),
      { kind: 'pair', label: text.giftCard, value: receiptCard(voided.card.last4) },
      { kind: 'pair', label: text.voidedRedemption, value: voided.redemptionId },
      { kind: 'pair', label: text.returnedToCard, value: money(voided.amountMinor), strong: true },
      { kind: 'pair', label: text.remainingBalance, value: money(answer.balanceAfterMinor), strong: true },
      { kind: 'text', text: text.reason(voided.reason), align: 'left' },
      { kind: 'rule' },
      ...transactionLines(context, voided.id),
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
  const text = receiptText(context.language);
  const money = (amountMinor: number) => receiptMoney(amountMinor, transfer.currency, context);
  const slip = (title: string, lines: ReceiptLine[]): ReceiptDocument => ({
    kind: 'transfer',
    duplicate: false,
    language: context.language,
    transactionId: transfer.id,
    lines: [
      ...headerLines(context, title, transfer.createdAt),
      ...lines,
      { kind: 'rule' },
      ...transactionLines(context, transfer.id),
      ...footerLines(context),
    ],
  });
  return [
    slip(text.movedOutTitle, [
      { kind: 'pair', label: text.frozenCard, value: receiptCard(transfer.from.last4) },
      { kind: 'pair', label: text.movedOut, value: money(transfer.amountMinor), strong: true },
      { kind: 'pair', label: text.cardBalance, value: money(transfer.from.balanceMinor), strong: true },
    ]),
    slip(text.movedInTitle, [
      { kind: 'pair', label: text.newCard, value: receiptCard(transfer.to.last4) },
      { kind: 'pair', label: text.movedIn, value: money(transfer.amountMinor), strong: true },
      { kind: 'pair', label: text.cardBalance, value: money(transfer.to.balanceMinor), strong: true },
    ]),
  ];
}
