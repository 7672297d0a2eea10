/**
 * First-run pairing end to end: a manager makes a code on a paired till (Settings → Pair another
 * terminal), a fresh terminal with no key shows the pairing screen, pairs with that code, a cashier
 * signs in and redeems on it; then a manager unpairs it from Settings and it is back on the pairing screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserTerminal, type BrowserTerminal } from '../../electron/browser/launch.js';
import { writeTerminalConfig } from '../../electron/host/config-file.js';
import { logFilePath } from '../../electron/host/logger.js';
import { KEY_FILE_NAME } from '../../electron/host/pairing/key-store.js';
import { enterCode, fact, money, redeemableCard, signIn } from './cashier.js';
import { expect, test } from './fixtures';

const RENDERER_DIR = resolve(import.meta.dirname, '../../dist/renderer');

/** No serious or critical axe finding on what the page shows now. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((found) => found.impact === 'serious' || found.impact === 'critical');
  expect(serious.map((found) => `${found.id}: ${found.help}`)).toEqual([]);
}

let fresh: BrowserTerminal | undefined;
let freshDir: string | undefined;
test.afterEach(async () => {
  await fresh?.close();
  if (freshDir) await rm(freshDir, { recursive: true, force: true });
  fresh = undefined;
  freshDir = undefined;
});

test('a new terminal pairs with a manager’s code, redeems, and is unpaired from Settings', async ({
  page,
  context,
  demo,
  backend,
}) => {
  // On the store's paired till, a manager makes a pairing code for the new one.
  await signIn(page, { ...demo, cashier: demo.manager });
  await page.getByRole('button', { name: 'Settings' }).click();
  const pairingSection = page.getByRole('region', { name: 'Pair another terminal' });
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: 'Pair another terminal' })
    .click();
  await expect(pairingSection.getByRole('heading', { name: 'Pair another terminal' })).toBeFocused();
  await pairingSection.getByRole('textbox', { name: 'Name of the new terminal' }).fill('Till 2');
  await pairingSection.getByRole('button', { name: 'New pairing code' }).click();
  const shown = pairingSection.getByRole('status').filter({ hasText: 'Pairing code for Till 2' });
  await expect(shown).toContainText(/Works once, until/);
  await expectAccessible(page);
  const code = /[0-9A-Z]{5}-[0-9A-Z]{5}/.exec((await shown.textContent()) ?? '')?.[0];
  if (code === undefined) throw new Error('no pairing code on screen');

  // A fresh terminal: config.json names the backend, but there is no key anywhere.
  freshDir = await mkdtemp(join(tmpdir(), 'tillcard-e2e-fresh-'));
  await writeTerminalConfig(freshDir, { backendUrl: backend.url });
  fresh = await startBrowserTerminal({
    terminalDir: freshDir,
    staticDir: RENDERER_DIR,
    port: 0,
    env: {},
    probeIntervalMs: 1_000,
  });
  const till = await context.newPage();
  await till.goto(fresh.launchUrl);
  await expect(till.getByRole('heading', { name: 'Pair this terminal' })).toBeVisible();
  await expect(till.getByRole('textbox', { name: 'Backend URL' })).toHaveValue(backend.url);
  await expectAccessible(till);

  await till.getByRole('textbox', { name: 'Pairing code' }).fill('00000-00000');
  await till.getByRole('button', { name: 'Pair' }).click();
  await expect(till.getByRole('alert')).toContainText('Pairing code not recognised');
  await expect(till.getByRole('textbox', { name: 'Pairing code' })).toHaveValue('');

  await till.getByRole('textbox', { name: 'Pairing code' }).fill(code.toLowerCase().replace('-', ' '));
  await till.getByRole('button', { name: 'Pair' }).click();
  await expect(till.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect((await stat(join(freshDir, KEY_FILE_NAME))).mode & 0o777).toBe(0o600);

  // The cashier works on the new till.
  await signIn(till, demo);
  const card = redeemableCard(demo);
  await enterCode(till, card.code);
  await till.getByRole('button', { name: 'Full balance' }).click();
  await till.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(till.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(till, 'Redemption', 'Balance after')).toHaveText(money(demo, 0));
  await till.getByRole('button', { name: 'Sign out' }).click();

  // Done takes the code off the manager's screen.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(pairingSection.getByText(code)).toHaveCount(0);

  // A manager unpairs the new till; it asks first, then shows the pairing screen again.
  await signIn(till, { ...demo, cashier: demo.manager });
  await till.getByRole('button', { name: 'Settings' }).click();
  const tillBackend = till.getByRole('region', { name: 'Backend' });
  await expect(tillBackend).toContainText('Till 2');
  await tillBackend.getByRole('button', { name: 'Unpair' }).click();
  await tillBackend.getByRole('button', { name: 'Unpair now' }).click();
  await expect(till.getByRole('heading', { name: 'Pair this terminal' })).toBeVisible();
  await expect(stat(join(freshDir, KEY_FILE_NAME))).rejects.toThrow();

  const log = await readFile(logFilePath(freshDir), 'utf8');
  expect(log).toContain('terminal paired');
  expect(log).not.toContain(code);
  expect(log).not.toContain(code.replace('-', ''));
});
