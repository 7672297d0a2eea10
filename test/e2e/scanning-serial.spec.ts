import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';
import { startBrowserTerminal } from '../../electron/browser/launch.js';
import { writeTerminalConfig } from '../../electron/host/config-file.js';
import { fact, money, redeemableCard, signIn } from './cashier.js';
import { startPtyPair } from './support/socat-pty.js';

const RENDERER_DIR = resolve(import.meta.dirname, '../../dist/renderer');

test('a read from a serial scanner on a real pty reaches the screen with the card balance', async ({
  page,
  demo,
  backend,
}) => {
  const pty = await startPtyPair();
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-serial-'));
  // A terminal of its own whose config names the pty as its scanner port.
  await writeTerminalConfig(terminalDir, {
    backendUrl: backend.url,
    terminalKey: demo.terminal.key,
    scanner: { port: pty.scannerPort, baudRate: 9600, framing: 'CR' },
  });
  const terminal = await startBrowserTerminal({ terminalDir, staticDir: RENDERER_DIR, port: 0, env: {} });
  try {
    await page.goto(terminal.launchUrl);
    await signIn(page, demo);
    await expect(page.getByText('Serial scanner: Connected')).toBeVisible();

    const card = redeemableCard(demo);
    const code = card.code.replace(/-/g, '');
    // A scanner set to send its AIM identifier, in two chunks, ended by CR.
    await pty.write(`]C0${code.slice(0, 6)}`);
    await pty.write(`${code.slice(6)}\r`);

    await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));

    // Unplugged: the status bar says so; the terminal keeps working by keyboard.
    await pty.close();
    await expect(page.getByText('Serial scanner: Disconnected')).toBeVisible();
  } finally {
    await terminal.close();
    await pty.close();
    await rm(terminalDir, { recursive: true, force: true });
  }
});

test('a product barcode from the serial scanner is "Not a gift card"', async ({ page, demo, backend }) => {
  const pty = await startPtyPair();
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-serial-'));
  await writeTerminalConfig(terminalDir, {
    backendUrl: backend.url,
    terminalKey: demo.terminal.key,
    scanner: { port: pty.scannerPort, framing: 'CRLF' },
  });
  const terminal = await startBrowserTerminal({ terminalDir, staticDir: RENDERER_DIR, port: 0, env: {} });
  try {
    await page.goto(terminal.launchUrl);
    await signIn(page, demo);
    await expect(page.getByText('Serial scanner: Connected')).toBeVisible();
    await pty.write(']E04006381333931\r\n');
    await expect(page.getByRole('alert')).toContainText('Not a gift card');
    await expect(page.getByRole('alert')).toContainText('That barcode is EAN/UPC, a kind no gift card carries.');
  } finally {
    await terminal.close();
    await pty.close();
    await rm(terminalDir, { recursive: true, force: true });
  }
});

test('a scanner set to LF on a terminal set to CR, then 2,000 bytes of noise: each card is found, the noise is named and dropped', async ({
  page,
  demo,
  backend,
}) => {
  const pty = await startPtyPair();
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-serial-'));
  await writeTerminalConfig(terminalDir, {
    backendUrl: backend.url,
    terminalKey: demo.terminal.key,
    scanner: { port: pty.scannerPort, baudRate: 9600, framing: 'CR' },
  });
  const terminal = await startBrowserTerminal({ terminalDir, staticDir: RENDERER_DIR, port: 0, env: {} });
  try {
    await page.goto(terminal.launchUrl);
    await signIn(page, demo);
    await expect(page.getByText('Serial scanner: Connected')).toBeVisible();
    const [first, second] = [redeemableCard(demo, 0), redeemableCard(demo, 1)];

    // LF-terminated reads: before, the first was held and glued to the second ("Card not found").
    await pty.write(`]C0${first.code.replace(/-/g, '')}\n`);
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, first.balanceMinor));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Card code' })).toBeVisible();

    // A scanner at the wrong baud rate: 2,000 bytes and no terminator.
    await pty.write(Buffer.from(Array.from({ length: 2_000 }, (_, index) => 0x80 + ((index * 7) % 0x7f))));
    await expect(page.getByRole('alert')).toContainText('Scan not read');
    await expect(page.getByRole('alert')).toContainText('The serial scanner sent 2000 characters at once');

    // The next scan is read whole.
    await pty.write(`]C0${second.code.replace(/-/g, '')}\n`);
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, second.balanceMinor));
  } finally {
    await terminal.close();
    await pty.close();
    await rm(terminalDir, { recursive: true, force: true });
  }
});
