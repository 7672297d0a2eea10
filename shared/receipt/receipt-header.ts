/** The lines every slip starts and ends with: store, terminal, cashier, time; footer. */
import type { ReceiptContext, ReceiptLine } from './receipt-document.js';
import { receiptDateTime } from './receipt-format.js';
import { receiptText } from './receipt-text.js';

export function headerLines(context: ReceiptContext, title: string, atIso: string): ReceiptLine[] {
  const text = receiptText(context.language);
  return [
    { kind: 'title', text: context.store.name },
    { kind: 'text', text: context.store.address, align: 'center' },
    { kind: 'rule' },
    { kind: 'title', text: title },
    { kind: 'pair', label: text.terminal, value: context.terminalName },
    { kind: 'pair', label: text.cashier, value: context.cashierName },
    { kind: 'pair', label: text.date, value: receiptDateTime(atIso, context) },
    { kind: 'rule' },
  ];
}

export function footerLines(context: ReceiptContext): ReceiptLine[] {
  const footer = context.footer.trim();
  return footer === '' ? [] : [{ kind: 'rule' }, { kind: 'text', text: footer, align: 'center' }];
}

export function transactionLines(context: ReceiptContext, transactionId: string): ReceiptLine[] {
  return [
    { kind: 'pair', label: receiptText(context.language).transaction, value: transactionId },
    { kind: 'code', symbology: 'qrcode', data: transactionId },
  ];
}
