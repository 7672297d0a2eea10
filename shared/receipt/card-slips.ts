/** Slips about a card rather than a sale: balance on request, a void, a lost-card transfer. */
import type { CardView, TransferResponse, VoidResponse } from '../backend-api.js';
import type { ReceiptContext, ReceiptDocument } from './receipt-document.js';
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

export function transferReceipt(context: ReceiptContext, answer: TransferResponse): ReceiptDocument {
  const { transfer } = answer;
  const money = (amountMinor: number) => receiptMoney(amountMinor, transfer.currency, context.store);
  return {
    kind: 'transfer',
    duplicate: false,
    transactionId: transfer.id,
    lines: [
      ...headerLines(context, 'Lost card transfer', transfer.createdAt),
      { kind: 'pair', label: 'From card', value: receiptCard(transfer.from.last4) },
      { kind: 'pair', label: 'To card', value: receiptCard(transfer.to.last4) },
      { kind: 'pair', label: 'Amount moved', value: money(transfer.amountMinor), strong: true },
      { kind: 'pair', label: 'New card balance', value: money(transfer.to.balanceMinor), strong: true },
      { kind: 'rule' },
      ...transactionLines(transfer.id),
      ...footerLines(context),
    ],
  };
}
