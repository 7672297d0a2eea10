/** The page Test print produces: proves the transport, the width and the code pages in one go. */
import type { ReceiptContext, ReceiptDocument } from './receipt-document.js';
import { footerLines } from './receipt-header.js';

export function printerTestPage(context: ReceiptContext, columns: number, atIso: string): ReceiptDocument {
  return {
    kind: 'test_page',
    duplicate: false,
    transactionId: null,
    lines: [
      { kind: 'title', text: context.store.name },
      { kind: 'text', text: 'Printer test', align: 'center' },
      { kind: 'rule' },
      { kind: 'pair', label: 'Terminal', value: context.terminalName },
      { kind: 'pair', label: 'Columns', value: String(columns) },
      { kind: 'pair', label: 'Printed at', value: atIso.slice(0, 16).replace('T', ' ') + ' UTC' },
      { kind: 'pair', label: 'Characters', value: '€ £ ¥ •' },
      { kind: 'code', symbology: 'code128', data: 'TILLCARD-TEST' },
      ...footerLines(context),
    ],
  };
}
