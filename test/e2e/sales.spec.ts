/**
 * Selling gift cards at the till against the real backend and host: a card sold at one terminal is
 * redeemed at another, a manager activates a card found "not activated" at the counter, and the X
 * report and the manager's liability show both.
 */
import type { Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserTerminal, type BrowserTerminal } from '../../electron/browser/launch.js';
import { writeTerminalConfig } from '../../electron/host/config-file.js';
import { maskCode } from '../../shared/claim-code.js';
import { demoCard, enterCode, fact, money, signIn, type DemoData } from './cashier.js';
import { expect, test } from './fixtures';
import { addTerminal, issueStockCards } from './support/admin-cli.js';

const RENDERER_DIR = resolve(import.meta.dirname, '../../dist/renderer');
const masked = (code: string) => maskCode(code.replace(/-/g, '').slice(-4));

let secondTill: BrowserTerminal | undefined;
let secondDir: string | undefined;
test.afterEach(async () => {
  await secondTill?.close();
  if (secondDir) await rm(secondDir, { recursive: true, force: true });
  secondTill = undefined;
  secondDir = undefined;
});

/** Sells `code` for `digits` typed cents first (2500 is 25.00), from the empty counter. */
async function sellCard(page: Page, demo: DemoData, code: string, digits: string, amountMinor: number) {
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'Sell gift card' })).toBeVisible();
  await enterCode(page, code);
  await expect(page.getByRole('heading', { name: `Sell card ${masked(code)}` })).toBeVisible();
  await page.getByRole('textbox', { name: 'Amount' }).fill(digits);
  await page.getByRole('button', { name: /^Activate card/ }).click();
  const done = `Card activated — balance ${money(demo, amountMinor)}`;
  await expect(page.getByRole('heading', { name: done })).toBeVisible();
  await expect(fact(page, 'Money put on the card', 'Card')).toHaveText(masked(code));
  await expect(page.locator('body')).not.toContainText(code.replace(/-/g, ''));
}

/** The liability tile's outstanding amount and its change, as minor units (USD). */
async function liabilityFigures(page: Page): Promise<{ outstandingMinor: number; changeMinor: number }> {
  const tile = page.locator('.tile--liability dd').filter({ hasNotText: 'CA$' }).first();
  await expect(tile).toContainText('Change in range');
  const [outstanding = '', change = ''] = ((await tile.textContent()) ?? '').split('Change in range:');
  const minor = (text: string) => Math.round(Number(text.replace(/[^\d.-]/g, '')) * 100);
  return { outstandingMinor: minor(outstanding), changeMinor: minor(change) };
}

async function openManagerView(page: Page, demo: DemoData) {
  await signIn(page, { ...demo, cashier: demo.manager });
  await page.getByRole('button', { name: 'Manager view' }).click();
  await expect(page.getByRole('heading', { name: 'Manager view' })).toBeVisible();
}

test('a cashier sells a card at one terminal and a customer redeems it at another', async ({
  page,
  context,
  demo,
  terminal,
  backend,
}) => {
  const [code = ''] = await issueStockCards(terminal.dir, 1);
  await signIn(page, demo);
  await sellCard(page, demo, code, '2500', 2500);

  // Selling the same card again is refused in its own words.
  await page.getByRole('button', { name: 'Sell another card' }).click();
  await enterCode(page, code);
  await page.getByRole('textbox', { name: 'Amount' }).fill('1000');
  await page.keyboard.press('F9');
  await expect(page.getByRole('alert')).toContainText('Card already active');

  // Till 2 of the same store: a customer spends the new card there.
  const key = await addTerminal(terminal.dir, String(demo.store.id), 'Till 2');
  secondDir = await mkdtemp(join(tmpdir(), 'tillcard-e2e-till2-'));
  await writeTerminalConfig(secondDir, { backendUrl: backend.url, terminalKey: key });
  secondTill = await startBrowserTerminal({
    terminalDir: secondDir,
    staticDir: RENDERER_DIR,
    port: 0,
    env: {},
    probeIntervalMs: 1_000,
  });
  const till2 = await context.newPage();
  await till2.goto(secondTill.launchUrl);
  await signIn(till2, { ...demo, cashier: demo.manager });
  await enterCode(till2, code);
  await till2.getByRole('button', { name: 'Full balance' }).click();
  await till2.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(till2.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(till2, 'Redemption', 'Amount redeemed')).toHaveText(money(demo, 2500));
  await expect(fact(till2, 'Redemption', 'Balance after')).toHaveText(money(demo, 0));
});

test('a manager activates a "not activated" card at the counter; the X report and the liability show both sales', async ({
  page,
  demo,
  terminal,
}) => {
  const notActivated = demoCard(demo, 'not activated', (card) => card.status === 'inactive');
  const [stock = ''] = await issueStockCards(terminal.dir, 1);

  await openManagerView(page, demo);
  const before = await liabilityFigures(page);
  await page.getByRole('button', { name: 'Back to redeem' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, demo);
  await sellCard(page, demo, stock, '2500', 2500);
  await page.keyboard.press('F8');

  // The customer's card was never activated when it was bought: the manager fixes it right here.
  await enterCode(page, notActivated.code);
  await expect(page.getByRole('heading', { name: 'Card not activated' })).toBeVisible();
  await page.getByRole('button', { name: 'Activate card' }).click();
  await expect(page.getByRole('heading', { name: `Activate card ${masked(notActivated.code)}` })).toBeVisible();
  await page.getByRole('textbox', { name: 'Amount' }).fill('2000');
  await page.getByRole('button', { name: /Activate with manager PIN/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(
    `Activate card ${masked(notActivated.code)} with ${money(demo, 2000)}`,
  );
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveValue('Not activated at purchase');
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
  await dialog.getByRole('button', { name: 'Approve activation' }).click();
  const activated = page.getByRole('heading', { name: /^Card activated — balance / });
  await expect(activated).toBeVisible();
  const balance = ((await activated.textContent()) ?? '').replace('Card activated — balance ', '');
  await page.getByRole('button', { name: 'Redeem this card' }).click();
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await page.getByRole('button', { name: 'Next customer' }).click();

  // The X report: two cards sold in this shift, beside the redemptions.
  await page.getByRole('button', { name: 'Shift report' }).click();
  await expect(fact(page, 'X report', 'Cards sold \\(activated\\)')).toHaveText(`2 · ${money(demo, 4500)}`);
  await expect(fact(page, 'X report', 'Refunded to cards')).toHaveText(`0 · ${money(demo, 0)}`);
  await page.getByRole('button', { name: 'Back to redeem' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The manager's liability: both activations are money the store now owes on its cards.
  await openManagerView(page, demo);
  await expect(page.locator('.tile--sold dd')).toHaveText(`2 · ${money(demo, 4500)}`);
  const after = await liabilityFigures(page);
  expect(after.outstandingMinor - before.outstandingMinor).toBe(4500);
  expect(after.changeMinor - before.changeMinor).toBe(4500);
  expect(balance).toBe(money(demo, 2000));
});
