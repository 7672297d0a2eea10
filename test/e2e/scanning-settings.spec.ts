/**
 * A manager connects a serial scanner from Settings → Scanner: picks the port (a real pty from
 * socat), saves, and without a restart the status bar says the scanner is connected and a read
 * on that port shows the card's balance. And a keyboard-wedge scanner set to a prefix and its own
 * end character reads once Settings names them.
 */
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { fact, money, redeemableCard, screenshot, signIn } from './cashier.js';
import { startPtyPair } from './support/socat-pty.js';

test('a manager sets the serial scanner port in Settings and a scan on it shows the balance', async ({
  page,
  demo,
  terminal,
}) => {
  const pty = await startPtyPair();
  try {
    await signIn(page, { ...demo, cashier: demo.manager });
    await expect(page.getByText('Serial scanner: Not configured')).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Scanner', exact: true })).toBeVisible();

    const port = page.getByRole('combobox', { name: 'Serial scanner port' });
    await port.fill('ttyUSB0');
    await page.getByRole('button', { name: 'Save scanner settings' }).click();
    await expect(port).toHaveAccessibleDescription(/^Enter the full path of the scanner’s port, starting with \//);
    await expect(port).toBeFocused();

    await port.fill(pty.scannerPort);
    await page.getByRole('combobox', { name: 'Baud rate' }).selectOption('19200');
    await page.getByRole('button', { name: 'Save scanner settings' }).click();
    await expect(page.getByText('Scanner settings saved. The scanner was reopened with them.')).toBeVisible();
    await expect(page.getByText('Serial scanner: Connected')).toBeVisible();
    const config = JSON.parse(await readFile(join(terminal.dir, 'config.json'), 'utf8')) as { scanner?: unknown };
    expect(config.scanner).toEqual({ port: pty.scannerPort, baudRate: 19200, framing: 'CR', idleMs: 50 });
    await screenshot(page, 'settings-02-scanner');

    await page.getByRole('button', { name: 'Back to redeem' }).click();
    const card = redeemableCard(demo);
    await pty.write(`]C0${card.code.replace(/-/g, '')}\r`);
    await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
  } finally {
    await pty.close();
  }
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('any path that leads to the scanner is taken (a by-id link); one with nothing behind it is named beside the field', async ({
  page,
  demo,
  terminal,
}) => {
  const pty = await startPtyPair();
  const linkDir = await mkdtemp(join(tmpdir(), 'tillcard-by-id-'));
  const link = join(linkDir, 'usb-Honeywell_Xenon_1900_21300B0347-if00');
  await symlink(pty.scannerPort, link);
  try {
    await signIn(page, { ...demo, cashier: demo.manager });
    await page.getByRole('button', { name: 'Settings' }).click();
    const port = page.getByRole('combobox', { name: 'Serial scanner port' });

    await port.fill(`${link}-unplugged`);
    await page.getByRole('button', { name: 'Save scanner settings' }).click();
    await expect(port).toHaveAccessibleDescription(
      new RegExp(`^Nothing is connected at ${escapeRegExp(link)}-unplugged on this terminal\\. Plug the scanner in`),
    );
    await expect(page.getByRole('alert')).toHaveText('Not saved. Fix: Serial scanner port.');
    await expect(port).toBeFocused();
    await screenshot(page, 'settings-03-scanner-port-missing');

    await port.fill(link);
    await page.getByRole('button', { name: 'Save scanner settings' }).click();
    await expect(page.getByText('Scanner settings saved. The scanner was reopened with them.')).toBeVisible();
    await expect(page.getByText('Serial scanner: Connected')).toBeVisible();
    const config = JSON.parse(await readFile(join(terminal.dir, 'config.json'), 'utf8')) as { scanner?: unknown };
    expect(config.scanner).toMatchObject({ port: link });

    await page.getByRole('button', { name: 'Back to redeem' }).click();
    const card = redeemableCard(demo, 1);
    await pty.write(`${card.code.replace(/-/g, '')}\r\n`);
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
  } finally {
    await pty.close();
    await rm(linkDir, { recursive: true, force: true });
  }
});

test('a keyboard-wedge scanner set to send a prefix and "#" works once Settings says so', async ({ page, demo }) => {
  await signIn(page, { ...demo, cashier: demo.manager });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Prefix the scanner sends' }).fill('X9');
  await page.getByRole('textbox', { name: 'Extra end character (besides Enter and Tab)' }).fill('#');
  await page.getByRole('button', { name: 'Save scanner settings' }).click();
  await expect(page.getByText('Scanner settings saved. The scanner was reopened with them.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to redeem' }).click();

  // The scanner "types" X9, the code and # at 5 ms per key while a button has focus; no Enter.
  const card = redeemableCard(demo);
  const code = card.code.replace(/-/g, '');
  await page.getByRole('button', { name: 'Look up card' }).focus();
  await page.keyboard.type(`X9${code}#`, { delay: 5 });

  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
  await expect(page.locator('body')).not.toContainText(code);
});
