/**
 * What a printer told us about itself, and the sentence a cashier reads for it. Status comes from
 * ESC/POS real-time requests (DLE EOT n): printers that answer report paper, cover and offline
 * state before we send a receipt; printers that stay silent are printed to and trusted.
 */
export type PrinterCondition =
  'ready' | 'paper_out' | 'cover_open' | 'offline' | 'unknown' | 'not_configured' | 'cannot_save';

export const CONDITION_MESSAGES: Record<PrinterCondition, string> = {
  ready: 'Printer ready',
  paper_out: 'Printer is out of paper — load a new roll, then press Retry printing',
  cover_open: 'Printer cover is open — close it, then press Retry printing',
  offline: 'Printer is offline — check its power and cable, then press Retry printing',
  unknown: 'Printer did not report its status',
  not_configured: 'No receipt printer is set up',
  cannot_save:
    'The receipt could not be saved as PDF — check the receipt folder in Settings, then press Retry printing',
};

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
    super(CONDITION_MESSAGES[condition]);
  }
}
