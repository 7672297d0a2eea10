/**
 * The receipt of a sale at the till: a card activated, loaded, or credited with a refund. The card
 * shows as its last 4 only; the amount and the new balance are the backend's answer; a manager's
 * approval prints with the manager's id and the reason.
 */
import type { Sale, SaleKind } from '../sales-api.js';
import type { ReceiptContext, ReceiptDocument, ReceiptLine } from './receipt-document.js';
import { receiptCard, receiptMoney } from './receipt-format.js';
import { footerLines, headerLines, transactionLines } from './receipt-header.js';
import { receiptText, type ReceiptText } from './receipt-text.js';

const WORDS: Record<
  SaleKind,
  { kind: ReceiptDocument['kind']; title: (text: ReceiptText) => string; amount: (text: ReceiptText) => string }
> = {
  activate: { kind: 'activation', title: (text) => text.activationTitle, amount: (text) => text.activated },
  load: { kind: 'load', title: (text) => text.loadTitle, amount: (text) => text.loaded },
  refund: { kind: 'refund', title: (text) => text.refundTitle, amount: (text) => text.refunded },
};

export function saleReceipt(context: ReceiptContext, sale: Sale): ReceiptDocument {
  const text = receiptText(context.language);
  const words = WORDS[sale.kind];
  const money = (amountMinor: number) => receiptMoney(amountMinor, sale.currency, context);
  const approval: ReceiptLine[] =
    sale.managerId === null ? [] : [{ kind: 'pair', label: text.approvedBy, value: sale.managerId }];
  const reason: ReceiptLine[] =
    sale.reason === null ? [] : [{ kind: 'text', text: text.reason(sale.reason), align: 'left' }];
  return {
    kind: words.kind,
    duplicate: false,
    language: context.language,
    transactionId: sale.id,
    lines: [
      ...headerLines(context, words.title(text), sale.createdAt),
      { kind: 'pair', label: text.giftCard, value: receiptCard(sale.card.last4) },
      { kind: 'pair', label: text.currency, value: sale.currency },
      { kind: 'pair', label: words.amount(text), value: money(sale.amountMinor), strong: true },
      // The balance exactly as the backend answered: the terminal never recomputes one.
      { kind: 'pair', label: text.newBalance, value: money(sale.balanceAfterMinor), strong: true },
      ...approval,
      ...reason,
      { kind: 'rule' },
      ...transactionLines(context, sale.id),
      ...footerLines(context),
    ],
  };
}
