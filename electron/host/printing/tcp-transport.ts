/** A network printer on a raw TCP port (9100, "JetDirect"). */
import { Socket } from 'node:net';
import { PrinterNotReadyError } from './printer-condition.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_STATUS_TIMEOUT_MS, type PrinterTransport } from './printer-transport.js';
import { queryStatus } from './status-query.js';

export interface TcpPrinterOptions {
  host: string;
  port: number;
  connectTimeoutMs?: number;
  statusTimeoutMs?: number;
}

function connect(options: TcpPrinterOptions): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    socket.setTimeout(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, () => {
      socket.destroy();
      reject(new PrinterNotReadyError('offline'));
    });
    socket.once('error', () => reject(new PrinterNotReadyError('offline')));
    socket.connect(options.port, options.host, () => {
      socket.setTimeout(0);
      resolve(socket);
    });
  });
}

function sendAndClose(socket: Socket, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('error', () => reject(new PrinterNotReadyError('offline')));
    // end() calls back once the bytes are flushed to the kernel; the printer then reads them.
    socket.end(bytes, () => resolve());
  });
}

export function createTcpTransport(options: TcpPrinterOptions): PrinterTransport {
  return {
    kind: 'tcp',
    address: `${options.host}:${options.port}`,
    async print(bytes) {
      const socket = await connect(options);
      try {
        const condition = await queryStatus(socket, options.statusTimeoutMs ?? DEFAULT_STATUS_TIMEOUT_MS);
        if (condition !== 'ready' && condition !== 'unknown') throw new PrinterNotReadyError(condition);
        await sendAndClose(socket, bytes);
      } finally {
        socket.destroySoon();
      }
    },
  };
}
