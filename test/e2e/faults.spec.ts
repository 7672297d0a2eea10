/**
 * What the cashier sees when the network loses a redemption's request or answer: the fault proxy
 * sits between the terminal host and the backend. Each state is on screen — "Checking…", Approved
 * after the check, "Not charged — you may try again", "Outcome unknown — do not hand over goods" —
 * and the card is charged once or not at all (a second charge of the full balance could not be
 * approved: the card would be empty).
 */
import { test, expect } from './fixtures';
import { enterCode, fact, money, redeemableCard, screenshot, signIn } from './cashier.js';
import type { Page } from '@playwright/test';

test.use({ faultProxy: true });

/** Holds the host's question about the lost key long enough for a person (and a test) to see it. */
const SLOW_CHECK = {
  mode: 'delay-response',
  method: 'GET',
  pathPrefix: '/v1/redemptions/by-key/',
  delayMs: 1_500,
} as const;

async function confirmFullBalance(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
}

test('answer lost after the commit: Checking…, then Approved, charged once', async ({ page, demo, faults }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  faults.addRule({ mode: 'drop-response' });
  faults.addRule(SLOW_CHECK);

  await enterCode(page, card.code);
  await confirmFullBalance(page);
  await expect(page.getByRole('status').filter({ hasText: 'Checking…' })).toBeVisible();
  await screenshot(page, '40-checking');
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Amount redeemed')).toHaveText(money(demo, card.balanceMinor));
  await expect(page.getByRole('list', { name: 'Redemptions and sales checked after a lost answer' })).toContainText(
    'Charged — approved',
  );
});

test('request lost: Not charged — you may try again; trying again charges once', async ({ page, demo, faults }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo, 1);
  faults.addRule({ mode: 'drop-request' });
  faults.addRule(SLOW_CHECK);

  await enterCode(page, card.code);
  await confirmFullBalance(page);
  await expect(page.getByRole('status').filter({ hasText: 'Checking…' })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Not charged — you may try again' })).toBeVisible();
  await screenshot(page, '41-not-charged');

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Balance before')).toHaveText(money(demo, card.balanceMinor));
});

test('backend unreachable after the commit: Outcome unknown, pending in the status bar, then Approved by itself', async ({
  page,
  demo,
  faults,
}) => {
  await signIn(page, demo);
  const card = redeemableCard(demo, 2);
  faults.addRule({ mode: 'drop-response' });
  faults.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/redemptions/by-key/', times: 1_000 });

  await enterCode(page, card.code);
  await confirmFullBalance(page);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Outcome unknown — do not hand over goods' })).toBeVisible();
  await expect(page.getByText('Pending outcomes: 1')).toBeVisible();
  await screenshot(page, '42-outcome-unknown');

  faults.clearRules();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible({ timeout: 30_000 });
  await expect(fact(page, 'Redemption', 'Amount redeemed')).toHaveText(money(demo, card.balanceMinor));
  await expect(page.getByText('Pending outcomes: 0')).toBeVisible();

  // The Z report checks the terminal against the ledger and lists what was settled by asking.
  await page.getByRole('button', { name: 'Shift report' }).click();
  await page.getByRole('button', { name: 'Close shift' }).click();
  await page.getByRole('button', { name: 'Yes, close shift' }).click();
  await expect(page.getByRole('heading', { name: 'Z report — shift closed' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Terminal and ledger agree: 1 redemption(s)' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Checked after a lost answer', exact: true })).toContainText(
    'Charged — approved',
  );
  await screenshot(page, '44-z-report-reconciled');
});
