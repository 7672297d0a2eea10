/**
 * The host's printing: turns receipts into bytes, sends them to the configured printer through the
 * print queue, and reports the printer's state. Printing never touches a redemption: it runs after
 * the backend answered, and a failure leaves the receipt waiting for Retry, nothing more.
 */
import type { Redemption } from '../../../shared/backend-api.js';
import type { PrinterStatus, PrintOutcome } from '../../../shared/receipt/printing-api.js';
import { asDuplicate, type ReceiptContext, type ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import type { Language } from '../../../shared/language.js';
import { conditionMessage, type PrinterCondition } from './printer-condition.js';
import type { PrinterSettings } from './printer-settings.js';
import type { PdfReceiptFolder } from './pdf-receipt-file.js';
import type { PrinterTransport, SystemPrint } from './printer-transport.js';
import { createPrintQueue, type PrintQueuePersistence } from './print-queue.js';
import { renderEscPos, renderSvg } from './render-receipt.js';

export interface PrintingLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface PrintingService {
  status(): PrinterStatus;
  print(document: ReceiptDocument): Promise<PrintOutcome>;
  reprintLast(): Promise<PrintOutcome | null>;
  retry(): Promise<PrintOutcome>;
  /** Keeps an approved redemption and its receipt header, so Print receipt can find it by id. */
  remember(redemption: Redemption, context: ReceiptContext): void;
  recall(redemptionId: string): { redemption: Redemption; context: ReceiptContext } | null;
  /** Whether the host sends receipts itself (a printer, a PDF folder, Electron's silent print), not the window. */
  drivesPrinter(): boolean;
}

const REMEMBERED_REDEMPTIONS = 50;

export function createPrintingService(options: {
  settings: PrinterSettings;
  transport: PrinterTransport | PdfReceiptFolder | null;
  /** Receipts a previous run left waiting, and where to save the queue; absent, it lives in memory. */
  queue?: Omit<PrintQueuePersistence, 'onSaveError'>;
  /** The system printer without a dialog (Electron); absent, the window prints instead. */
  systemPrint?: SystemPrint;
  logger: PrintingLogger;
  onStatus: (status: PrinterStatus) => void;
  /** The terminal's language now: status messages speak it. */
  language?: () => Language;
}): PrintingService {
  const { settings, transport, logger } = options;
  let condition: PrinterCondition = transport || settings.target.transport === 'system' ? 'unknown' : 'not_configured';
  let lastDocument: ReceiptDocument | null = null;
  const remembered = new Map<string, { redemption: Redemption; context: ReceiptContext }>();
  let savedPdfPath: string | null = null;

  const systemPrint = settings.target.transport === 'system' ? options.systemPrint : undefined;
  const send = async (document: ReceiptDocument) => {
    const startedMs = performance.now();
    let file: string | undefined;
    if (transport?.kind === 'pdf') {
      file = await transport.save(document, renderSvg(document, settings.columns, settings.logo), settings.columns);
      savedPdfPath = file;
    } else if (transport) await transport.print(renderEscPos(document, settings.columns, settings.logo));
    else if (systemPrint) await systemPrint(renderSvg(document, settings.columns, settings.logo));
    else return;
    // The transaction id and the file name are safe to log; the document's other lines stay out of the log.
    const elapsedMs = Math.round(performance.now() - startedMs);
    logger.info({ kind: document.kind, transactionId: document.transactionId, elapsedMs, file }, 'receipt printed');
  };
  const queue = createPrintQueue(
    send,
    options.queue && {
      ...options.queue,
      onSaveError: (error) => logger.warn({ error: String(error) }, 'print queue not saved: it is kept in memory'),
    },
  );

  const status = (): PrinterStatus => ({
    transport: settings.target.transport,
    columns: settings.columns,
    autoPrint: settings.autoPrint,
    condition,
    message: conditionMessage(condition, options.language?.()),
    queuedCount: queue.size,
    canReprint: lastDocument !== null,
    ...(transport?.kind === 'pdf' ? { savedPdfPath } : {}),
  });

  async function drain(): Promise<PrintOutcome> {
    const before = condition;
    condition = await queue.drain();
    if (condition !== 'ready') logger.warn({ condition, queued: queue.size }, 'receipt waits for the printer');
    if (condition !== before || queue.size > 0 || condition === 'ready') options.onStatus(status());
    return { delivery: queue.size === 0 ? 'printed' : 'queued', svg: null, status: status() };
  }

  async function print(document: ReceiptDocument): Promise<PrintOutcome> {
    if (!document.duplicate) lastDocument = document;
    if (settings.target.transport === 'system' && !systemPrint) {
      // The window prints it: the host cannot reach the operating system's print dialog.
      return { delivery: 'window', svg: renderSvg(document, settings.columns, settings.logo), status: status() };
    }
    if (!transport && !systemPrint) return { delivery: 'queued', svg: null, status: status() };
    queue.add(document);
    return drain();
  }

  return {
    status,
    print,
    async reprintLast() {
      return lastDocument ? print(asDuplicate(lastDocument)) : null;
    },
    async retry() {
      // Without a printer the host drives, waiting receipts stay until one is set up.
      return transport || systemPrint ? drain() : { delivery: 'queued', svg: null, status: status() };
    },
    remember(redemption, context) {
      remembered.set(redemption.id, { redemption, context });
      // Oldest first in a Map: drop the oldest beyond the limit.
      for (const id of remembered.keys()) {
        if (remembered.size <= REMEMBERED_REDEMPTIONS) break;
        remembered.delete(id);
      }
    },
    recall: (redemptionId) => remembered.get(redemptionId) ?? null,
    drivesPrinter: () => transport !== null || systemPrint !== undefined,
  };
}
