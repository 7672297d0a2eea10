/** The lines every slip starts and ends with: store, terminal, cashier, time; footer. */
import type { ReceiptContext, ReceiptLine } from './receipt-document.js';
import { receiptDateTime } from './receipt-format.js';

export function headerLines(context: ReceiptContext, title: string, atIso: string): ReceiptLine[] {
  return [
    { kind: 'title', text: context.store.name },
    { kind: 'text', text: context.store.address, align: 'center' },
    { kind: 'rule' },
    { kind: 'title', text: title },
    { kind: 'pair', label: 'Terminal', value: context.terminalName },
    { kind: 'pair', label: 'Cashier', value: context.cashierName },
    { kind: 'pair', label: 'Date', value: receiptDateTime(atIso, context.store) },
    { kind: 'rule' },
  ];
}

export function footerLines(context: ReceiptContext): ReceiptLine[] {
  const footer = context.footer.trim();
  return footer === '' ? [] : [{ kind: 'rule' }, { kind: 'text', text: footer, align: 'center' }];
}

export function transactionLines(transactionId: string): ReceiptLine[] {
  return [
    { kind: 'pair', label: 'Transaction', value: transactionId },
    { kind: 'code', symbology: 'qrcode', data: transactionId },
  ];
}
