/**
 * One receipt document model for every slip the terminal prints or shows: what the customer or the
 * manager reads, independent of the printer. Renderers (ESC/POS bytes, SVG, the on-screen preview)
 * only lay these lines out; they never add or change a fact.
 */
import type { Store } from '../backend-api.js';
import type { Language } from '../language.js';

export type ReceiptKind =
  | 'redemption'
  | 'partial_redemption'
  | 'balance_slip'
  | 'void'
  | 'transfer'
  /** Selling at the till: a card activated, loaded, or credited with a refund. */
  | 'activation'
  | 'load'
  | 'refund'
  | 'x_report'
  | 'z_report'
  /** The manager's report of the store's shifts over a date range. */
  | 'store_report'
  | 'test_page';

export type ReceiptLine =
  /** Centred and emphasised: the store name, the slip's title. */
  | { kind: 'title'; text: string }
  | { kind: 'text'; text: string; align: 'left' | 'center' }
  /** A label on the left, its value aligned on the right. */
  | { kind: 'pair'; label: string; value: string; strong?: boolean }
  | { kind: 'rule' }
  /** A look-up code for the transaction id; printed as a QR code or a Code 128 barcode. */
  | { kind: 'code'; symbology: 'qrcode' | 'code128'; data: string };

export interface ReceiptDocument {
  kind: ReceiptKind;
  /** Printed as a banner on reprints, so a copy cannot pass for a second redemption. */
  duplicate: boolean;
  /** The language its words are in, for the banner; absent in receipts queued before it was kept (English). */
  language?: Language;
  /** The transaction this slip proves, when there is one: a reprint finds it by this id. */
  transactionId: string | null;
  lines: ReceiptLine[];
}

/** Who printed the slip, where and when, and in which language: the header every receipt carries. */
export interface ReceiptContext {
  store: Store;
  /** The terminal's language: the slip's words, and its money and dates in the store's region. */
  language: Language;
  terminalName: string;
  cashierName: string;
  /** The configurable footer; an empty string prints none. */
  footer: string;
}

/** The same document marked as a copy. */
export function asDuplicate(document: ReceiptDocument): ReceiptDocument {
  return { ...document, duplicate: true };
}
