/**
 * A manager sets up the receipt printer on the Settings screen: points it at a network printer,
 * saves, and Test print reaches that printer without restarting the terminal.
 */
import { expect } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { screenshot, signIn } from './cashier.js';
import { measureEscPos } from '../fixtures/escpos-layout.js';
import { test } from './fixtures.js';

test.use({ printer: { kind: 'escpos', environment: false } });

test('a manager points the terminal at a network printer and Test print reaches it', async ({
  page,
  demo,
  fakePrinter,
  stack,
}) => {
  await signIn(page, { ...demo, cashier: demo.manager });
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Printer connection' }).selectOption('tcp');
  await page.getByRole('textbox', { name: 'Printer address' }).fill(fakePrinter.host);
  await page.getByRole('textbox', { name: 'Port' }).fill(String(fakePrinter.port));
  await page.getByRole('combobox', { name: 'Paper width and font' }).selectOption('42');
  await page.getByRole('button', { name: 'Save printer settings' }).click();
  await expect(page.getByText('Printer settings saved. They apply to the next print.')).toBeVisible();

  const configFile = join(stack.terminal.dir, 'config.json');
  expect((await stat(configFile)).mode & 0o777).toBe(0o600);
  const config = JSON.parse(await readFile(configFile, 'utf8')) as { printer?: unknown; terminalKey?: string };
  expect(config.printer).toMatchObject({
    target: { transport: 'tcp', port: fakePrinter.port },
    paper: '58mm',
    font: 'small',
  });
  expect(config.terminalKey).toBeTruthy();

  await page.getByRole('button', { name: 'Test print' }).click();
  await expect(page.getByRole('status', { name: 'Printer answer' })).toContainText('Test page printed.');
  await expect.poll(() => fakePrinter.receipts().join('\n')).toContain('Printer test');
  expect(fakePrinter.receipts()[0]).toContain('Columns');
  // 58 mm paper in the small font: every line within the 384 dots of the print head.
  const lines = measureEscPos(fakePrinter.bytes(), 384);
  expect(Math.max(...lines.map((line) => line.rightDots))).toBeLessThanOrEqual(384);
  expect(lines.some((line) => line.rightDots === 42 * 9)).toBe(true);
  await screenshot(page, 'settings-01-printer');
});
