/**
 * The terminal host is killed (SIGKILL) while a redemption is on its way, and started again on
 * the same terminal folder: the screen of the new host says what became of it — charged (approved)
 * or not charged — and the card was charged exactly as it says. The host runs as its own process
 * (electron/browser-main.ts); the fault proxy holds the request or the answer so the kill lands
 * at the moment each test is about.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeTerminalConfig } from '../../electron/host/config-file.js';
import { startHostChild, type HostChild } from '../integration/faults/host-child.js';
import type { FaultProxy } from '../support/fault-proxy.js';
import { enterCode, fact, money, redeemableCard, screenshot, signIn, type DemoData } from './cashier.js';
import { test, expect } from './fixtures';

test.use({ faultProxy: true });

const children: HostChild[] = [];
let terminalDir = '';

test.beforeEach(async () => {
  terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-e2e-crash-'));
});
test.afterEach(async () => {
  for (const child of children.splice(0)) await child.kill();
  await rm(terminalDir, { recursive: true, force: true });
});

async function hostProcess(faults: FaultProxy, terminalKey: string): Promise<HostChild> {
  await writeTerminalConfig(terminalDir, { backendUrl: faults.url, terminalKey });
  const child = await startHostChild(terminalDir);
  children.push(child);
  return child;
}

/** Opens the till page of a host child with the session its launch address gave (the token is spent). */
async function openTill(page: Page, child: HostChild): Promise<void> {
  const [name = '', value = ''] = child.cookie.split('=');
  await page.context().addCookies([{ name, value, url: child.origin, httpOnly: true, sameSite: 'Strict' }]);
  await page.goto(`${child.origin}/`);
}

/** Confirms a full-balance redemption and kills the host once the request has reached the proxy. */
async function redeemAndKill(page: Page, demo: DemoData, faults: FaultProxy, child: HostChild, code: string) {
  await openTill(page, child);
  await signIn(page, demo);
  await enterCode(page, code);
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect
    .poll(() => faults.log.some((entry) => entry.method === 'POST' && entry.path === '/v1/redemptions'))
    .toBe(true);
  await child.kill();
}

test('killed after the backend committed: the restarted terminal shows it charged, once', async ({
  page,
  demo,
  faults,
}) => {
  const card = redeemableCard(demo, 0);
  faults.addRule({ mode: 'delay-response', delayMs: 5_000 });
  await redeemAndKill(page, demo, faults, await hostProcess(faults, demo.terminal.key), card.code);

  const restarted = await hostProcess(faults, demo.terminal.key);
  await openTill(page, restarted);
  const checked = page.getByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
  await expect(checked).toContainText('Charged — approved');
  await expect(page.getByText('Pending outcomes: 0')).toBeVisible();

  // The card is empty: its full balance was taken, once — nothing was given back either.
  await signIn(page, demo);
  await enterCode(page, card.code);
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Card already used up' })).toBeVisible();
  await screenshot(page, '43-charged-before-the-crash');
});

test('killed before the request reached the backend: the restarted terminal shows it not charged', async ({
  page,
  demo,
  faults,
}) => {
  const card = redeemableCard(demo, 1);
  // The request is held far longer than a restart takes: the new host reverses its key first.
  faults.addRule({ mode: 'delay-request', delayMs: 20_000 });
  await redeemAndKill(page, demo, faults, await hostProcess(faults, demo.terminal.key), card.code);

  const restarted = await hostProcess(faults, demo.terminal.key);
  await openTill(page, restarted);
  const checked = page.getByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
  await expect(checked).toContainText('Not charged');
  await expect(page.getByText('Pending outcomes: 0')).toBeVisible();

  await signIn(page, demo);
  await enterCode(page, card.code);
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
});
