/**
 * Renders a receipt document with the receiptline library: ESC/POS bytes for thermal printers and
 * SVG for the screen, the system printer and PDF. Both come from the same markup, so paper and
 * screen never disagree.
 */
import receiptline from 'receiptline';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { RECEIPT_LOGO_MARKUP } from '../../../shared/receipt/receipt-logo.js';
import { profileOfColumns, type ReceiptColumns } from '../../../shared/receipt/printer-profiles.js';
import { toReceiptlineMarkup } from '../../../shared/receipt/receiptline-markup.js';

/** The receipt's markup, headed by the logo when the printer settings ask for it. */
function markupOf(document: ReceiptDocument, columns: ReceiptColumns, logo: boolean): string {
  const markup = toReceiptlineMarkup(document, columns);
  return logo ? `${RECEIPT_LOGO_MARKUP}\n${markup}` : markup;
}

/** ESC M n: the character font every receipt prints in (0: Font A, 1: Font B). */
const SELECT_FONT_A = '\x1bM0';
const SELECT_FONT_B = '\x1bM1';

/**
 * receiptline's ESC/POS commands lay a line out in Font A, 12 dots a character. For the small
 * font the same commands select Font B instead and count 9 dots a character, so the print area
 * (GS W) and every position (ESC $, ESC \) are those of the characters actually printed.
 */
const fontBCommands: receiptline.BaseCommand = {
  ...receiptline.commands.escpos,
  charWidth: 9,
  open(printer) {
    const opening = receiptline.commands.escpos.open.call(this, printer);
    if (!opening.includes(SELECT_FONT_A)) throw new Error('receiptline no longer selects Font A where expected');
    return opening.replace(SELECT_FONT_A, SELECT_FONT_B);
  },
};

export function renderEscPos(document: ReceiptDocument, columns: ReceiptColumns, logo = false): Buffer {
  const profile = profileOfColumns(columns);
  const commands = receiptline.transform(markupOf(document, columns, logo), {
    cpl: columns,
    // Multilingual switches code pages per character, so "•", "€" and "¥" print as themselves.
    encoding: 'multilingual',
    command: profile.font === 'small' ? fontBCommands : 'escpos',
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
