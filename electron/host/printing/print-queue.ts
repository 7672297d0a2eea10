/**
 * Receipts waiting for a printer. A receipt leaves the queue only after its bytes were sent, and
 * one drain runs at a time, so a Retry pressed twice or during a print still prints it once.
 * The queue lives in memory: a receipt is proof for the customer, not a ledger record, and the
 * backend keeps every transaction for a reprint.
 */
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { PrinterNotReadyError, type PrinterCondition } from './printer-condition.js';

export interface PrintJob {
  id: number;
  document: ReceiptDocument;
}

export interface PrintQueue {
  add(document: ReceiptDocument): void;
  /** Prints every waiting receipt in order; stops at the first failure and keeps the rest. */
  drain(): Promise<PrinterCondition>;
  readonly size: number;
}

export function createPrintQueue(send: (document: ReceiptDocument) => Promise<void>): PrintQueue {
  const jobs: PrintJob[] = [];
  let nextId = 1;
  let running: Promise<PrinterCondition> | null = null;

  async function run(): Promise<PrinterCondition> {
    while (jobs.length > 0) {
      const job = jobs[0];
      if (!job) break;
      try {
        await send(job.document);
      } catch (error) {
        return error instanceof PrinterNotReadyError ? error.condition : 'offline';
      }
      jobs.shift();
    }
    return 'ready';
  }

  return {
    add(document) {
      jobs.push({ id: nextId++, document });
    },
    drain() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    get size() {
      return jobs.length;
    },
  };
}
