/**
 * Receipts waiting for a printer. A receipt leaves the queue only after its bytes were sent, and
 * one drain runs at a time, so a Retry pressed twice or during a print still prints it once.
 * With a file (print-queue-file.ts) the waiting receipts are saved after every change and come
 * back after a restart; a crash between sending a receipt and saving can print that one twice,
 * never lose it.
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

export interface PrintQueuePersistence {
  /** What a previous run left waiting. */
  initial: readonly ReceiptDocument[];
  save(receipts: readonly ReceiptDocument[]): Promise<void>;
  /** A failed save keeps the queue working in memory; the caller says so in the log. */
  onSaveError(error: unknown): void;
}

export function createPrintQueue(
  send: (document: ReceiptDocument) => Promise<void>,
  persistence?: PrintQueuePersistence,
): PrintQueue {
  let nextId = 1;
  const jobs: PrintJob[] = (persistence?.initial ?? []).map((document) => ({ id: nextId++, document }));
  let running: Promise<PrinterCondition> | null = null;
  let saving: Promise<void> = Promise.resolve();

  /** Saves the queue as it is now; saves run one after another, so the last one holds the latest state. */
  function persist(): Promise<void> {
    if (!persistence) return saving;
    saving = saving
      .then(() => persistence.save(jobs.map((job) => job.document)))
      .catch((error: unknown) => persistence.onSaveError(error));
    return saving;
  }

  async function run(): Promise<PrinterCondition> {
    await saving;
    while (jobs.length > 0) {
      const job = jobs[0];
      if (!job) break;
      try {
        await send(job.document);
      } catch (error) {
        return error instanceof PrinterNotReadyError ? error.condition : 'offline';
      }
      jobs.shift();
      await persist();
    }
    return 'ready';
  }

  return {
    add(document) {
      jobs.push({ id: nextId++, document });
      void persist();
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
