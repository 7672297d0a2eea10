/**
 * Save as PDF, end to end: a manager picks "Save as PDF" on the Settings screen, a cashier redeems,
 * and the receipt appears as a PDF file in the terminal's receipts folder; the screen says where.
 * The file, read back with pdftotext and a QR decoder, shows the remaining balance and the
 * transaction id, and never the card code.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultReceiptFolder } from '../../electron/host/printing/create-transport.js';
import { pdfQrText, pdfText } from '../fixtures/pdf-receipt-reader.js';
import { enterCode, fact, money, redeemableCard, screenshot, signIn } from './cashier.js';
import { expect, test } from './fixtures.js';

test('a manager picks Save as PDF; the cashier’s receipt is saved as a PDF file and the screen says where', async ({
  page,
  demo,
  terminal,
}) => {
  await signIn(page, { ...demo, cashier: demo.manager });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Printer connection' }).selectOption({ label: 'Save as PDF' });
  await expect(page.getByRole('textbox', { name: 'Folder for PDF receipts' })).toHaveValue('');
  await page.getByRole('combobox', { name: 'Print receipt after a redemption' }).selectOption('always');
  await page.getByRole('button', { name: 'Save printer settings' }).click();
  await expect(page.getByText('Printer settings saved. They apply to the next print.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, demo);
  const card = redeemableCard(demo);
  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Amount' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('1.00');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  const transactionId = (await fact(page, 'Redemption', 'Transaction').textContent()) ?? '';
  const balanceAfter = money(demo, card.balanceMinor - 100);
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(balanceAfter);

  const folder = defaultReceiptFolder(terminal.dir);
  // The host writes a hidden temporary file and renames it: only the finished PDF counts.
  const finished = async () => (await readdir(folder).catch(() => [])).filter((name) => !name.startsWith('.'));
  await expect.poll(finished).toHaveLength(1);
  const [file = ''] = await finished();
  expect(file).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}Z_${transactionId}\\.pdf$`));
  const path = join(folder, file);
  await expect(page.getByRole('status').filter({ hasText: `Receipt saved as PDF: ${path}` })).toBeVisible();
  await screenshot(page, 'save-as-pdf-01-approved');

  expect(await pdfText(path)).toContain(balanceAfter);
  expect(await pdfText(path)).toMatch(/Remaining balance/);
  expect(await pdfQrText(path)).toBe(transactionId);
  const code = card.code.replace(/-/g, '');
  expect((await readFile(path)).toString('latin1')).not.toContain(code);
});
