/**
 * Lays a receipt document out as ReceiptLine markup (https://receiptline.github.io) for a given
 * number of columns. The host turns the markup into ESC/POS bytes or SVG with the receiptline
 * library, so the paper receipt and the on-screen or PDF one come from the same text.
 */
import type { ReceiptDocument, ReceiptLine } from './receipt-document.js';
import type { ReceiptColumns } from './printer-profiles.js';
import { receiptText } from './receipt-text.js';
import { wordWrap } from './word-wrap.js';

export { RECEIPT_COLUMNS, type ReceiptColumns } from './printer-profiles.js';

/** Escapes every character receiptline would read as markup. */
export function escapeReceiptline(text: string): string {
  return text.replace(/[\\|{}\-=~_"`^]/g, (character) => `\\${character}`);
}

/**
 * Escapes a property value ({code:…}). Property values have their own, shorter escape list:
 * a text escape such as "\\_" would drop the underscore from the encoded data.
 */
export function escapeReceiptlineProperty(text: string): string {
  return text.replace(/[\\|{};]/g, (character) => `\\${character}`);
}

const length = (text: string) => [...text].length;

function lineMarkup(line: ReceiptLine, columns: number): string[] {
  switch (line.kind) {
    case 'title':
      return ['{w:*}', ...wordWrap(line.text, columns).map((part) => `"${escapeReceiptline(part)}"`)];
    case 'text': {
      const parts = wordWrap(line.text, columns).map(escapeReceiptline);
      return ['{w:*}', ...(line.align === 'center' ? parts : parts.map((part) => `${part} |`))];
    }
    case 'pair': {
      const emphasis = line.strong ? '"' : '';
      const label = `${emphasis}${escapeReceiptline(line.label)}${emphasis}`;
      const value = `${emphasis}${escapeReceiptline(line.value)}${emphasis}`;
      // Keep the value whole and right-aligned: when both do not fit on one line, the value
      // goes to its own line rather than being broken inside a column.
      // The value column is exactly as wide as the value, so amounts end on the right margin.
      if (length(line.label) + 1 + length(line.value) <= columns) {
        return [`{w:*,${length(line.value)}}`, `${label} | ${value}`];
      }
      return ['{w:*}', `${label} |`, `| ${value}`];
    }
    case 'rule':
      return ['{w:*}', '---'];
    case 'code':
      // A QR code needs a quiet zone of four modules on every side: a blank line (four 6-dot
      // modules) above and below keeps the text and the rule off it, or scanners miss it.
      return ['{w:*}'].concat(
        line.symbology === 'qrcode'
          ? ['', `{code:${escapeReceiptlineProperty(line.data)}; option:qrcode,6,m}`, '']
          : [`{code:${escapeReceiptlineProperty(line.data)}; option:code128,2,72,hri}`],
      );
  }
}

export function toReceiptlineMarkup(document: ReceiptDocument, columns: ReceiptColumns): string {
  const duplicate = `\`"${escapeReceiptline(receiptText(document.language).duplicate)}"\``;
  const banner = document.duplicate ? [duplicate, ''] : [];
  const body = document.lines.flatMap((line) => lineMarkup(line, columns));
  return [...banner, ...body, ...(document.duplicate ? ['', duplicate] : [])].join('\n');
}
