import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRINT_QUEUE_FILE_NAME, printQueueFile } from '../../../electron/host/printing/print-queue-file.js';
import { createPrintQueue } from '../../../electron/host/printing/print-queue.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { context, redemption } from './receipt-fixtures.js';

const receipt = (id: string) => redemptionReceipt(context(), { redemption: redemption({ id }), stillDueMinor: null });
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-queue-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the print queue file', () => {
  it('gives back exactly the receipts saved, in order, and leaves no temporary file', async () => {
    const file = printQueueFile(dir);
    expect(await file.load()).toEqual([]);
    await file.save([receipt('rdm_1'), receipt('rdm_2')]);
    expect(await file.load()).toEqual([receipt('rdm_1'), receipt('rdm_2')]);
    await file.save([]);
    expect(await file.load()).toEqual([]);
    expect(await readdir(dir)).toEqual([PRINT_QUEUE_FILE_NAME]);
  });

  it('refuses a file that is not a print queue rather than printing garbage', async () => {
    await writeFile(join(dir, PRINT_QUEUE_FILE_NAME), '{"version":1,"receipts":[{"kind":"redemption"}]}');
    await expect(printQueueFile(dir).load()).rejects.toThrow();
  });
});

describe('a print queue whose file cannot be written', () => {
  it('still prints, once, and reports each failed save', async () => {
    const sent: string[] = [];
    const failures: unknown[] = [];
    const queue = createPrintQueue(
      async (document) => {
        sent.push(document.transactionId ?? '');
      },
      {
        initial: [receipt('rdm_left_over')],
        save: async () => {
          throw new Error('disk full');
        },
        onSaveError: (error) => failures.push(error),
      },
    );
    expect(queue.size).toBe(1);
    queue.add(receipt('rdm_new'));
    expect(await queue.drain()).toBe('ready');
    expect(sent).toEqual(['rdm_left_over', 'rdm_new']);
    expect(failures.length).toBeGreaterThan(0);
  });
});
