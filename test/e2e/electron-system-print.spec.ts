/**
 * Smoke test of the real Electron app printing a receipt silently on the system printer
 * (webContents.print from electron/main.ts). It needs the Electron runtime, which cannot be
 * downloaded on every machine (ELECTRON_SKIP_BINARY_DOWNLOAD): without it the test is skipped and
 * says so; the same path is covered by unit tests with `electron` mocked, and every screen by the
 * browser-mode tests. With it, the operating system's printer is TILLCARD_SYSTEM_PRINTER or the
 * default one (a CUPS-PDF queue will do): when the OS has none, the screen's printer message is
 * what fails the test.
 */
import { _electron as electron } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeTerminalConfig } from '../../electron/host/config-file.js';
import { logFilePath } from '../../electron/host/logger.js';
import { electronBinary } from '../../scripts/start/electron-runtime.js';
import { enterCode, redeemableCard, signIn } from './cashier.js';
import { expect, test } from './fixtures.js';

const binary = electronBinary();
const MAIN = resolve(import.meta.dirname, '../../dist/electron/main.mjs');

test.skip(
  binary === null,
  'Electron runtime not installed (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1): system printing in Electron is covered by test/unit/printing/system-printer.test.ts with electron mocked',
);

test('Electron prints an approved redemption’s receipt on the system printer without a dialog', async ({
  demo,
  backend,
}) => {
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-electron-print-'));
  await writeTerminalConfig(terminalDir, { backendUrl: backend.url, terminalKey: demo.terminal.key });
  const app = await electron.launch({
    executablePath: binary ?? '',
    args: [MAIN],
    env: {
      ...process.env,
      TILLCARD_TERMINAL_DIR: terminalDir,
      TILLCARD_PRINTER: 'system',
      TILLCARD_AUTO_PRINT: 'always',
    },
  });
  try {
    const page = await app.firstWindow();
    await signIn(page, demo);
    await enterCode(page, redeemableCard(demo).code);
    await page.getByRole('button', { name: 'Full balance' }).click();
    await page.getByRole('button', { name: 'Confirm redemption' }).click();
    await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Receipt sent to the printer' })).toBeVisible();
    // The host logs a receipt only once the operating system's print call said it succeeded.
    await expect.poll(async () => readFile(logFilePath(terminalDir), 'utf8')).toContain('receipt printed');
  } finally {
    await app.close();
    await rm(terminalDir, { recursive: true, force: true });
  }
});
