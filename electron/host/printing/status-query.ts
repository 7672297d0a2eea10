/** Asks an ESC/POS printer for its status over any two-way link (TCP socket, serial port). */
import { conditionFromStatus, STATUS_REQUESTS, type PrinterCondition } from './printer-condition.js';

export interface StatusLink {
  write(data: Buffer): unknown;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer) => void): unknown;
}

/**
 * Sends DLE EOT 2 and DLE EOT 4 and waits for the two answer bytes. A printer that does not answer
 * within `timeoutMs` (many serial and USB models never do) is reported as 'unknown', not broken.
 */
export function queryStatus(link: StatusLink, timeoutMs: number): Promise<PrinterCondition> {
  return new Promise((resolve) => {
    const received: number[] = [];
    const finish = (condition: PrinterCondition) => {
      clearTimeout(timer);
      link.off('data', onData);
      resolve(condition);
    };
    const onData = (chunk: Buffer) => {
      received.push(...chunk);
      if (received.length >= 2) finish(conditionFromStatus(received[0] ?? 0, received[1] ?? 0));
    };
    const timer = setTimeout(() => finish('unknown'), timeoutMs);
    link.on('data', onData);
    for (const request of STATUS_REQUESTS) link.write(request);
  });
}
