/**
 * Renders a receipt document with the receiptline library: ESC/POS bytes for thermal printers and
 * SVG for the screen, the system printer and PDF. Both come from the same markup, so paper and
 * screen never disagree.
 */
import receiptline from 'receiptline';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { RECEIPT_LOGO_MARKUP } from '../../../shared/receipt/receipt-logo.js';
import { toReceiptlineMarkup, type ReceiptColumns } from '../../../shared/receipt/receiptline-markup.js';

/** The receipt's markup, headed by the logo when the printer settings ask for it. */
function markupOf(document: ReceiptDocument, columns: ReceiptColumns, logo: boolean): string {
  const markup = toReceiptlineMarkup(document, columns);
  return logo ? `${RECEIPT_LOGO_MARKUP}\n${markup}` : markup;
}

export function renderEscPos(document: ReceiptDocument, columns: ReceiptColumns, logo = false): Buffer {
  const commands = receiptline.transform(markupOf(document, columns, logo), {
    cpl: columns,
    // Multilingual switches code pages per character, so "•", "€" and "¥" print as themselves.
    encoding: 'multilingual',
    command: 'escpos',
    cutting: true,
  });
  // receiptline returns the command stream as a binary string: one character per byte.
  return Buffer.from(commands, 'latin1');
}

export function renderSvg(document: ReceiptDocument, columns: ReceiptColumns, logo = false): string {
  const svg = receiptline.transform(markupOf(document, columns, logo), {
    cpl: columns,
    encoding: 'multilingual',
    command: 'svg',
  });
  // receiptline's SVG imports a web font from Google; a till prints offline and sends nothing
  // to third parties, so the receipt uses the local monospace font instead.
  return svg.replace(/@import url\([^)]*\);/g, '');
}
