/**
 * Save as PDF: the host writes each receipt as a PDF file into the receipt folder, named by date
 * and transaction id. Read back like a person would — pdftotext for the words, pdftoppm and a QR
 * decoder for the code — the redemption receipt shows the remaining balance and its QR code is
 * the transaction id. The card appears only as its last four.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReceiptFolder } from '../../../electron/host/printing/create-transport.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { pdfQrText, pdfText } from '../../fixtures/pdf-receipt-reader.js';
import { context, FULL_CODE, redemption } from '../../unit/printing/receipt-fixtures.js';
import { printingTo } from './printing-fixture.js';

let terminalDir = '';
beforeEach(async () => {
  terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-pdf-'));
});
afterEach(async () => {
  await rm(terminalDir, { recursive: true, force: true });
});

const receipt = (id: string) => redemptionReceipt(context(), { redemption: redemption({ id }), stillDueMinor: null });

describe('Save as PDF', () => {
  it('writes the receipt to the receipts folder: the remaining balance as text, the transaction id as QR', async () => {
    const { service, logLines } = printingTo({ transport: 'pdf' }, 48, terminalDir);
    const outcome = await service.print(receipt('rdm_pdf_1'));
    expect(outcome.delivery).toBe('printed');

    const folder = defaultReceiptFolder(terminalDir);
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    const file = files[0] ?? '';
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}Z_rdm_pdf_1\.pdf$/);
    expect(outcome.status.savedPdfPath).toBe(join(folder, file));

    const path = join(folder, file);
    const text = await pdfText(path);
    expect(text).toMatch(/Remaining balance\s+\$37\.66/);
    expect(text).toContain(`•••• ${FULL_CODE.slice(-4)}`);
    expect(text).not.toContain(FULL_CODE);
    expect((await readFile(path)).toString('latin1')).not.toContain(FULL_CODE);
    expect(await pdfQrText(path)).toBe('rdm_pdf_1');
    expect(logLines.join('\n')).toContain(basename(path));
  });

  it('a reprint gets its own file marked DUPLICATE; nothing is overwritten', async () => {
    const { service } = printingTo({ transport: 'pdf' }, 32, terminalDir);
    await service.print(receipt('rdm_pdf_2'));
    await service.reprintLast();
    await service.reprintLast();
    const files = (await readdir(defaultReceiptFolder(terminalDir))).sort();
    expect(files).toHaveLength(3);
    expect(files.filter((name) => name.includes('_duplicate'))).toHaveLength(2);
    const copy = files.find((name) => name.includes('_duplicate')) ?? '';
    expect(await pdfText(join(defaultReceiptFolder(terminalDir), copy))).toContain('DUPLICATE');
  });

  it('a folder it cannot write: the cashier is told, and Retry saves the receipt once the folder is fixed', async () => {
    // A file where the folder should be: no folder can be made there, whoever the user is.
    const folder = join(terminalDir, 'receipts-here');
    await writeFile(folder, 'not a folder');
    const { service } = printingTo({ transport: 'pdf', folder }, 48, terminalDir);
    const outcome = await service.print(receipt('rdm_pdf_3'));
    expect(outcome.delivery).toBe('queued');
    expect(outcome.status).toMatchObject({ condition: 'cannot_save', queuedCount: 1 });
    expect(outcome.status.message).toMatch(/could not be saved as PDF.*Retry printing/);

    await rm(folder);
    expect((await service.retry()).delivery).toBe('printed');
    expect(await readdir(folder)).toHaveLength(1);
    expect((await service.retry()).status.queuedCount).toBe(0);
    expect(await readdir(folder)).toHaveLength(1);
  });
});
