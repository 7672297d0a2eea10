/**
 * The print queue survives a restart: a receipt waiting for paper is saved in the terminal's data
 * folder, the printing a restarted host builds offers it again, and Retry prints it exactly once
 * on a fake ESC/POS printer — neither lost nor printed twice.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRINT_QUEUE_FILE_NAME } from '../../../electron/host/printing/print-queue-file.js';
import { createHostPrinting } from '../../../electron/host/printing/printing-methods.js';
import type { PrinterStatus } from '../../../shared/receipt/printing-api.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { fail, type SessionView } from '../../../shared/terminal-api.js';
import { startFakeEscPosPrinter, type FakeEscPosPrinter } from '../../fixtures/fake-escpos-printer.js';
import { createFakeTerminalApi } from '../../fixtures/fake-terminal-api.js';
import { context, FULL_CODE, redemption } from '../../unit/printing/receipt-fixtures.js';

const session = createFakeTerminalApi({ signedIn: true }).status.session as SessionView;
let printer: FakeEscPosPrinter;
let terminalDir = '';

beforeEach(async () => {
  printer = await startFakeEscPosPrinter('paper_out');
  terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-queue-restart-'));
});
afterEach(async () => {
  await printer.close();
  await rm(terminalDir, { recursive: true, force: true });
});

/** What the host builds at start: printing from config and environment, the queue from disk. */
function startPrinting(events: PrinterStatus[] = []) {
  return createHostPrinting({
    terminalDir,
    env: { TILLCARD_PRINTER: printer.url, TILLCARD_AUTO_PRINT: 'always' },
    logger: { info: () => undefined, warn: () => undefined },
    onStatus: (status) => events.push(status),
    session: () => session,
    lookupCard: async () => fail({ code: 'not_found', message: 'unused' }),
    now: () => new Date('2026-11-22T15:31:00.000Z'),
  });
}

describe('a receipt waiting for paper when the terminal restarts', () => {
  it('is offered again after the restart and Retry prints it exactly once', async () => {
    const before = await startPrinting();
    const receipt = redemptionReceipt(context(), {
      redemption: redemption({ id: 'rdm_restart' }),
      stillDueMinor: null,
    });
    const outcome = await before.printDocument(receipt);
    expect(outcome).toMatchObject({ delivery: 'queued', status: { condition: 'paper_out', queuedCount: 1 } });
    expect(printer.receipts()).toHaveLength(0);

    // On disk: the masked card only, never the full code.
    const saved = await readFile(join(terminalDir, PRINT_QUEUE_FILE_NAME), 'utf8');
    expect(saved).toContain('rdm_restart');
    expect(saved).not.toContain(FULL_CODE);

    // The host stops; a new one starts on the same folder and finds the receipt waiting.
    const after = await startPrinting();
    expect(after.service.status()).toMatchObject({ queuedCount: 1 });
    const status = await after.methods.printerStatus({});
    expect(status).toMatchObject({ ok: true, value: { queuedCount: 1 } });

    printer.state = 'ready';
    const [first, second] = await Promise.all([after.methods.retryPrint({}), after.methods.retryPrint({})]);
    expect(first).toMatchObject({ ok: true, value: { delivery: 'printed', status: { queuedCount: 0 } } });
    expect(second).toMatchObject({ ok: true, value: { delivery: 'printed' } });
    await expect.poll(() => printer.receipts()).toHaveLength(1);
    expect(printer.receipts()[0]).toMatch(/Remaining balance\s+\$37\.66\n/);
    expect(printer.receipts()[0]).toMatch(/Transaction\s+rdm_restart\n/);

    // Printed means gone from disk too: a third start has nothing to offer, and prints nothing.
    const third = await startPrinting();
    expect(third.service.status().queuedCount).toBe(0);
    await third.methods.retryPrint({});
    expect(printer.receipts()).toHaveLength(1);
  });

  it('keeps receipts in order across the restart', async () => {
    const before = await startPrinting();
    for (const id of ['rdm_a', 'rdm_b']) {
      await before.printDocument(redemptionReceipt(context(), { redemption: redemption({ id }), stillDueMinor: null }));
    }
    const after = await startPrinting();
    expect(after.service.status().queuedCount).toBe(2);
    printer.state = 'ready';
    await after.methods.retryPrint({});
    await expect.poll(() => printer.receipts()).toHaveLength(2);
    expect(printer.receipts()[0]).toContain('rdm_a');
    expect(printer.receipts()[1]).toContain('rdm_b');
  });
});
