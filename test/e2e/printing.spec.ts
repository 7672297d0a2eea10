import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { maskCode } from '../../shared/claim-code.js';
import { enterCode, fact, money, redeemableCard, signIn, type DemoData } from './cashier.js';

const run = promisify(execFile);

/** Redeems 1.00 from a demo card and returns what the approved screen says. */
async function redeemOne(page: Page, demo: DemoData, cardIndex = 0) {
  await signIn(page, demo);
  const card = redeemableCard(demo, cardIndex);
  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Amount' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('1.00');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  const transactionId = (await fact(page, 'Redemption', 'Transaction').textContent()) ?? '';
  const balanceAfter = (await fact(page, 'Redemption', 'Balance after').textContent()) ?? '';
  return { card, transactionId, balanceAfter };
}

test.describe('a network ESC/POS printer', () => {
  test.use({ printer: { kind: 'escpos', state: 'ready', autoPrint: 'always', columns: 42 } });

  test('an approved redemption prints a receipt showing the remaining balance', async ({ page, demo, fakePrinter }) => {
    const { card, transactionId, balanceAfter } = await redeemOne(page, demo);
    expect(balanceAfter).toBe(money(demo, card.balanceMinor - 100));
    await expect(page.getByRole('status').filter({ hasText: 'Receipt sent to the printer' })).toBeVisible();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(1);
    const receipt = fakePrinter.receipts()[0] ?? '';
    expect(receipt).toMatch(new RegExp(`Remaining balance\\s+${escape(balanceAfter)}\\n`));
    expect(receipt).toMatch(new RegExp(`Transaction\\s+${escape(transactionId)}\\n`));
    const code = card.code.replace(/-/g, '');
    expect(receipt).toContain(maskCode(code));
    expect(fakePrinter.bytes().toString('latin1')).not.toContain(code);

    await page.getByRole('button', { name: 'Reprint last receipt' }).click();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(2);
    expect(fakePrinter.receipts()[1]).toContain('DUPLICATE');
  });
});

test.describe('a printer out of paper', () => {
  test.use({ printer: { kind: 'escpos', state: 'paper_out', autoPrint: 'always' } });

  test('the approval stands, the cashier is told, and Retry prints the receipt exactly once', async ({
    page,
    demo,
    fakePrinter,
  }) => {
    await redeemOne(page, demo);
    await expect(page.getByRole('alert').filter({ hasText: 'Printer is out of paper' })).toContainText(
      '1 receipt waiting',
    );
    await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
    expect(fakePrinter.receipts()).toHaveLength(0);

    fakePrinter.state = 'ready';
    await page.getByRole('button', { name: 'Retry printing' }).click();
    await expect(page.getByRole('button', { name: 'Retry printing' })).toBeHidden();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(1);
    // One connection was refused for paper, one printed; nothing else reached the printer.
    expect(fakePrinter.connectionCount()).toBe(2);
    expect(fakePrinter.receipts()[0]).toContain('Gift card redemption');
  });
});

test.describe('the system printer', () => {
  test.use({ printer: { kind: 'system', autoPrint: 'always' } });

  test('Save as PDF: the receipt PDF carries a QR code that reads back as the transaction id', async ({
    page,
    demo,
  }, testInfo) => {
    // The browser's print dialog stands in here as one the test closes (headless Chromium never
    // ends a print the page started); page.pdf below is its Save as PDF.
    await page.evaluate(() => {
      const calls = { count: 0 };
      Object.assign(window, { printCalls: calls });
      window.print = () => {
        calls.count += 1;
        window.dispatchEvent(new Event('beforeprint'));
      };
    });
    const closePrintDialog = () => page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const printCalls = () =>
      page.evaluate(() => (window as unknown as { printCalls: { count: number } }).printCalls.count);
    const { transactionId, balanceAfter } = await redeemOne(page, demo);
    const printable = page.getByTestId('printable-receipt');
    await expect(printable.locator('svg')).toHaveCount(1);
    await expect(printable).toContainText(balanceAfter);
    // Auto-print opened the print dialog once for this redemption.
    await expect.poll(printCalls).toBe(1);
    // Reprint while the first dialog is still open waits for it: never two print jobs at once.
    await page.getByRole('button', { name: 'Reprint last receipt' }).click();
    await expect(page.getByTestId('printable-receipt')).toContainText('DUPLICATE');
    expect(await printCalls()).toBe(1);
    await closePrintDialog();
    await expect.poll(printCalls).toBe(2);
    await closePrintDialog();

    // Save as PDF in the dialog: what the print media shows.
    const pdfPath = testInfo.outputPath('receipt.pdf');
    await mkdir(testInfo.outputPath(), { recursive: true });
    await page.pdf({ path: pdfPath, width: '80mm', height: '200mm', printBackground: true });
    const imageBase = testInfo.outputPath('receipt');
    await run('pdftoppm', ['-png', '-r', '200', '-singlefile', pdfPath, imageBase]);
    await run('pdftoppm', ['-gray', '-r', '200', '-singlefile', pdfPath, imageBase]);
    const image = readPgm(await readFile(`${imageBase}.pgm`));
    const qr = jsQR(image.rgba, image.width, image.height);
    expect(qr?.data).toBe(transactionId);
  });
});

/** A binary PGM (what `pdftoppm -gray` writes) as RGBA pixels for jsQR. */
function readPgm(file: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = file.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < width * height; index += 1) {
    const gray = pixels[index] ?? 255;
    rgba.set([gray, gray, gray, 255], index * 4);
  }
  return { width, height, rgba };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('a balance slip', () => {
  test.use({ printer: { kind: 'escpos', state: 'ready', autoPrint: 'never', columns: 32 } });

  test('prints on request with the balance the backend reports, and redeems nothing', async ({
    page,
    demo,
    fakePrinter,
  }) => {
    await signIn(page, demo);
    const card = redeemableCard(demo, 1);
    await page.getByRole('tab', { name: 'Check balance' }).click();
    await enterCode(page, card.code);
    await expect(page.getByRole('heading', { name: 'Card balance' })).toBeVisible();
    await page.getByRole('button', { name: 'Print balance slip' }).click();
    await expect.poll(() => fakePrinter.receipts()).toHaveLength(1);
    expect(fakePrinter.receipts()[0]).toContain('Gift card balance');
    expect(fakePrinter.receipts()[0]).toMatch(new RegExp(`Balance\\s+${escape(money(demo, card.balanceMinor))}\\n`));
  });
});
