/**
 * A USB printer through the kernel's printer class driver: the device file /dev/usb/lp0. The
 * driver gives no portable status answer, so a write error is the only sign of trouble.
 */
import { open } from 'node:fs/promises';
import { PrinterNotReadyError } from './printer-condition.js';
import type { PrinterTransport } from './printer-transport.js';

export function createUsbDeviceTransport(options: { devicePath: string }): PrinterTransport {
  return {
    kind: 'usb',
    address: options.devicePath,
    async print(bytes) {
      let file;
      try {
        // 'r+' neither creates a file in place of a missing device nor truncates anything.
        file = await open(options.devicePath, 'r+');
      } catch {
        throw new PrinterNotReadyError('offline');
      }
      try {
        await file.write(bytes);
      } catch {
        throw new PrinterNotReadyError('offline');
      } finally {
        await file.close();
      }
    },
  };
}
