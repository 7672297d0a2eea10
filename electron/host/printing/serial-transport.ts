/** A printer on a serial port (RS-232 or a USB-serial adapter), through `serialport`. */
import { SerialPort } from 'serialport';
import { PrinterNotReadyError } from './printer-condition.js';
import { DEFAULT_STATUS_TIMEOUT_MS, type PrinterTransport } from './printer-transport.js';
import { queryStatus } from './status-query.js';

export interface SerialPrinterOptions {
  path: string;
  baudRate: number;
  statusTimeoutMs?: number;
}

function open(options: SerialPrinterOptions): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const port = new SerialPort({ path: options.path, baudRate: options.baudRate, autoOpen: false });
    port.open((error) => (error ? reject(new PrinterNotReadyError('offline')) : resolve(port)));
  });
}

function writeAndDrain(port: SerialPort, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    port.write(bytes, (error) => {
      if (error) return reject(new PrinterNotReadyError('offline'));
      port.drain((drainError) => (drainError ? reject(new PrinterNotReadyError('offline')) : resolve()));
    });
  });
}

export function createSerialTransport(options: SerialPrinterOptions): PrinterTransport {
  return {
    kind: 'serial',
    address: options.path,
    async print(bytes) {
      const port = await open(options);
      try {
        const condition = await queryStatus(port, options.statusTimeoutMs ?? DEFAULT_STATUS_TIMEOUT_MS);
        if (condition !== 'ready' && condition !== 'unknown') throw new PrinterNotReadyError(condition);
        await writeAndDrain(port, bytes);
      } finally {
        await new Promise<void>((resolve) => port.close(() => resolve()));
      }
    },
  };
}
