/** Picks the transport for the configured printer; null for the system printer and for none. */
import type { PrinterSettings } from './printer-settings.js';
import type { PrinterTransport } from './printer-transport.js';
import { createSerialTransport } from './serial-transport.js';
import { createTcpTransport } from './tcp-transport.js';
import { createUsbDeviceTransport } from './usb-device-transport.js';

export function createTransport(target: PrinterSettings['target']): PrinterTransport | null {
  switch (target.transport) {
    case 'tcp':
      return createTcpTransport({ host: target.host, port: target.port });
    case 'serial':
      return createSerialTransport({ path: target.path, baudRate: target.baudRate });
    case 'usb':
      return createUsbDeviceTransport({ devicePath: target.devicePath });
    case 'system':
    case 'none':
      return null;
  }
}
