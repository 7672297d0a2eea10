/** A printing service wired to a real transport, with its status events and log recorded. */
import type { PrinterStatus } from '../../../shared/receipt/printing-api.js';
import { createTransport } from '../../../electron/host/printing/create-transport.js';
import type { PrinterSettings, PrinterTarget } from '../../../electron/host/printing/printer-settings.js';
import { createPrintingService } from '../../../electron/host/printing/printing-service.js';

/** `terminalDir` is where Save as PDF keeps its default receipts folder. */
export function printingTo(target: PrinterTarget, columns: PrinterSettings['columns'] = 48, terminalDir?: string) {
  const events: PrinterStatus[] = [];
  const logLines: string[] = [];
  const logger = {
    info: (fields: object, message: string) => logLines.push(`${message} ${JSON.stringify(fields)}`),
    warn: (fields: object, message: string) => logLines.push(`${message} ${JSON.stringify(fields)}`),
  };
  const settings: PrinterSettings = { target, columns, autoPrint: 'always', footer: 'Thank you', problem: null };
  const service = createPrintingService({
    settings,
    transport: createTransport(target, terminalDir),
    logger,
    onStatus: (status) => events.push(status),
  });
  return { service, events, logLines };
}
