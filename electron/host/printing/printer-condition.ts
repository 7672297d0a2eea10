/**
 * What a printer told us about itself, and the sentence a cashier reads for it. Status comes from
 * ESC/POS real-time requests (DLE EOT n): printers that answer report paper, cover and offline
 * state before we send a receipt; printers that stay silent are printed to and trusted.
 */
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/language.js';
import { receiptText } from '../../../shared/receipt/receipt-text.js';

export type PrinterCondition =
  'ready' | 'paper_out' | 'cover_open' | 'offline' | 'unknown' | 'not_configured' | 'cannot_save';

/** The sentence for a condition in the terminal's language (the cashier reads it beside the print controls). */
export function conditionMessage(condition: PrinterCondition, language: Language = DEFAULT_LANGUAGE): string {
  return receiptText(language).printer[condition];
}

/** DLE EOT 2 (offline cause) and DLE EOT 4 (roll paper sensor): sent before every receipt. */
export const STATUS_REQUESTS = [Buffer.from([0x10, 0x04, 0x02]), Buffer.from([0x10, 0x04, 0x04])] as const;

/** Every real-time status byte has bit 1 and bit 4 set and bits 0 and 7 clear. */
const isStatusByte = (byte: number) => (byte & 0x93) === 0x12;

/**
 * Reads the two answers to STATUS_REQUESTS. Offline cause: bit 2 cover open, bit 5 printing
 * stopped for paper end. Roll paper sensor: bits 5 and 6 paper end.
 */
export function conditionFromStatus(offlineCause: number, paperSensor: number): PrinterCondition {
  if (!isStatusByte(offlineCause) || !isStatusByte(paperSensor)) return 'unknown';
  if ((paperSensor & 0x60) !== 0 || (offlineCause & 0x20) !== 0) return 'paper_out';
  if ((offlineCause & 0x04) !== 0) return 'cover_open';
  if ((offlineCause & 0x40) !== 0) return 'offline';
  return 'ready';
}

/** Thrown by a transport when the receipt did not reach a ready printer. */
export class PrinterNotReadyError extends Error {
  constructor(readonly condition: Exclude<PrinterCondition, 'ready'>) {
    // In English: this message is for the log; the screen gets the status in its own language.
    super(conditionMessage(condition));
  }
}
