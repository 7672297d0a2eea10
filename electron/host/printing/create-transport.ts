/** Picks the transport for the configured printer; null for the system printer and for none. */
import { join } from 'node:path';
import { createPdfReceiptFolder, type PdfReceiptFolder } from './pdf-receipt-file.js';
import type { PrinterSettings } from './printer-settings.js';
import type { PrinterTransport } from './printer-transport.js';
import { createSerialTransport } from './serial-transport.js';
import { createTcpTransport } from './tcp-transport.js';
import { createUsbDeviceTransport } from './usb-device-transport.js';

/** Where Save as PDF writes when no folder is set: `receipts` in the terminal's data folder. */
export const defaultReceiptFolder = (terminalDir: string) => join(terminalDir, 'receipts');

export function createTransport(
  target: PrinterSettings['target'],
  terminalDir = '.',
): PrinterTransport | PdfReceiptFolder | null {
  switch (target.transport) {
    case 'tcp':
      return createTcpTransport({ host: target.host, port: target.port });
    case 'serial':
      return createSerialTransport({ path: target.path, baudRate: target.baudRate });
    case 'usb':
      return createUsbDeviceTransport({ devicePath: target.devicePath });
    case 'pdf':
      return createPdfReceiptFolder({ folder: target.folder ?? defaultReceiptFolder(terminalDir) });
    case 'system':
    case 'none':
      return null;
  }
}
