/**
 * The print queue on disk: receipts waiting for a printer survive a restart. The file holds the
 * receipt documents, which carry only the masked card (last 4), never a full code. Each save
 * writes a new file, fsyncs it and renames it over the old one, so a crash leaves either the old
 * queue or the new one, never a torn one.
 */
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { languageSchema } from '../../../shared/language.js';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';

export const PRINT_QUEUE_FILE_NAME = 'print-queue.json';

const receiptLineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('title'), text: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string(), align: z.enum(['left', 'center']) }),
  z.object({ kind: z.literal('pair'), label: z.string(), value: z.string(), strong: z.boolean().optional() }),
  z.object({ kind: z.literal('rule') }),
  z.object({ kind: z.literal('code'), symbology: z.enum(['qrcode', 'code128']), data: z.string() }),
]);

const receiptDocumentSchema = z.object({
  // Any kind: a kind added later must not make older queue files unreadable, nor newer ones.
  kind: z.string().min(1),
  duplicate: z.boolean(),
  /** Absent in files written before receipts kept their language: English. */
  language: languageSchema.optional(),
  transactionId: z.string().nullable(),
  lines: z.array(receiptLineSchema),
});

const queueFileSchema = z.object({ version: z.literal(1), receipts: z.array(receiptDocumentSchema) });

export interface PrintQueueFile {
  readonly path: string;
  /** The receipts a previous run left waiting, oldest first; none when there is no file. */
  load(): Promise<ReceiptDocument[]>;
  /** Replaces the file with these receipts, durably, before it resolves. */
  save(receipts: readonly ReceiptDocument[]): Promise<void>;
}

async function syncFolder(folder: string): Promise<void> {
  // The rename is durable only once the folder itself is synced (not possible on every platform).
  const handle = await open(folder, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

export function printQueueFile(terminalDir: string): PrintQueueFile {
  const path = join(terminalDir, PRINT_QUEUE_FILE_NAME);
  let saves = 0;
  return {
    path,
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      // The kind is only a label for the log and the file name; the lines are checked in full.
      return queueFileSchema.parse(JSON.parse(text)).receipts as ReceiptDocument[];
    },
    async save(receipts) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      saves += 1;
      const temporary = `${path}.${process.pid}.${saves}.tmp`;
      const file = await open(temporary, 'w', 0o600);
      try {
        await file.write(JSON.stringify({ version: 1, receipts }));
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, path);
      await syncFolder(dirname(path));
    },
  };
}
