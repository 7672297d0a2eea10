/**
 * Renders a receipt document with the receiptline library: ESC/POS bytes for thermal printers and
 * SVG for the screen, the system printer and PDF. Both come from the same markup, so paper and
 * screen never disagree.
 */
import receiptline from 'receiptline';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { toReceiptlineMarkup, type ReceiptColumns } from '../../../shared/receipt/receiptline-markup.js';

export function renderEscPos(document: ReceiptDocument, columns: ReceiptColumns): Buffer {
  const commands = receiptline.transform(toReceiptlineMarkup(document, columns), {
    cpl: columns,
    // Multilingual switches code pages per character, so "•", "€" and "¥" print as themselves.
    encoding: 'multilingual',
    command: 'escpos',
    cutting: true,
  });
  // receiptline returns the command stream as a binary string: one character per byte.
  return Buffer.from(commands, 'latin1');
}

export function renderSvg(document: ReceiptDocument, columns: ReceiptColumns): string {
  const svg = receiptline.transform(toReceiptlineMarkup(document, columns), {
    cpl: columns,
    encoding: 'multilingual',
    command: 'svg',
  });
  // receiptline's SVG imports a web font from Google; a till prints offline and sends nothing
  // to third parties, so the receipt uses the local monospace font instead.
  return svg.replace(/@import url\([^)]*\);/g, '');
}
