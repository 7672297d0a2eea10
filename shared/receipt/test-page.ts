/** The page Test print produces: proves the transport, the paper width, the font and the code pages in one go. */
import { profileOfColumns, type ReceiptColumns } from './printer-profiles.js';
import type { ReceiptContext, ReceiptDocument } from './receipt-document.js';
import { receiptDateTime } from './receipt-format.js';
import { footerLines } from './receipt-header.js';
import { receiptText } from './receipt-text.js';

export function printerTestPage(context: ReceiptContext, columns: ReceiptColumns, atIso: string): ReceiptDocument {
  const text = receiptText(context.language);
  const profile = profileOfColumns(columns);
  return {
    kind: 'test_page',
    duplicate: false,
    language: context.language,
    transactionId: null,
    lines: [
      { kind: 'title', text: context.store.name },
      { kind: 'text', text: text.printerTest, align: 'center' },
      { kind: 'rule' },
      { kind: 'pair', label: text.terminal, value: context.terminalName },
      { kind: 'pair', label: text.paper, value: text.paperProfile(profile.paperMm, profile.font === 'small') },
      { kind: 'pair', label: text.columns, value: String(columns) },
      // A full line of digits: on paper it must end at the right edge, neither cut nor wrapped.
      { kind: 'text', text: '1234567890'.repeat(Math.ceil(columns / 10)).slice(0, columns), align: 'left' },
      { kind: 'pair', label: text.printedAt, value: receiptDateTime(atIso, context) },
      { kind: 'pair', label: text.characters, value: '€ £ ¥ • ñ á é' },
      { kind: 'code', symbology: 'code128', data: 'TILLCARD-TEST' },
      ...footerLines(context),
    ],
  };
}
