/**
 * No dead ends and words that name the problem, against the real host and backend: the service
 * coming back, a frozen card unfrozen or its balance moved at the counter, a card from another
 * region told in words, a product barcode typed in, a keyboard-layout slip offered as the fix.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { formatCode, maskCode } from '../../shared/claim-code.js';
import { ERROR_INFO } from '../../shared/error-codes.js';
import {
  demoCard,
  enterCode,
  fact,
  homeRegion,
  layoutSlippedDemoCode,
  money,
  redeemableCard,
  signIn,
  type DemoData,
} from './cashier.js';

function frozenCard(demo: DemoData) {
  return demoCard(demo, 'frozen', (card) => card.status === 'frozen' && card.balanceMinor > 0);
}

async function approve(page: Page, demo: DemoData, submit: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
  await dialog.getByRole('button', { name: submit }).click();
  await expect(dialog).toBeHidden();
}

test('after "Cannot reach the gift-card service" the panel says when it is back, with Retry focused', async ({
  page,
  demo,
  backend,
}) => {
  await signIn(page, demo);
  await backend.stop();
  await enterCode(page, redeemableCard(demo).code);
  await expect(page.getByRole('heading', { name: 'Cannot reach the gift-card service' })).toBeVisible();

  await backend.start();
  await expect(page.getByRole('heading', { name: 'Service is back — press Retry' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Retry' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
});

test('a card found frozen: a manager unfreezes it right there and the sale goes on', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = frozenCard(demo);
  await enterCode(page, card.code);
  await expect(page.getByRole('heading', { name: 'Card frozen' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`Balance: ${money(demo, card.balanceMinor)}`);

  await page.getByRole('button', { name: 'Unfreeze card' }).click();
  await approve(page, demo, 'Approve unfreeze');
  await expect(fact(page, 'Card', 'Status')).toHaveText('Active');
  await page.getByRole('button', { name: 'Redeem this card' }).click();
  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(fact(page, 'Redemption', 'Amount redeemed')).toHaveText(money(demo, card.balanceMinor));
});

test('a card found frozen: a manager moves its balance to a new card right there', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = frozenCard(demo);
  const target = redeemableCard(demo);
  await enterCode(page, card.code);
  await expect(page.getByRole('heading', { name: 'Card frozen' })).toBeVisible();

  await page.getByRole('button', { name: 'Move balance to a new card' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'New card code' }).fill(target.code);
  await approve(page, demo, 'Approve transfer');
  await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toContainText(
    `Moved ${money(demo, card.balanceMinor)} from ${maskCode(card.code.replace(/-/g, ''))} to ${maskCode(target.code.replace(/-/g, ''))}`,
  );
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, 0));
});

test('a card from another region says where it is from and what it holds, in words', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = demoCard(demo, 'foreign', (entry) => entry.status === 'active' && entry.region !== homeRegion(demo));
  await enterCode(page, card.code);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Card from another region' })).toBeVisible();
  const region = new Intl.DisplayNames(['en-US'], { type: 'region' }).of(card.region) ?? card.region;
  await expect(alert).toContainText(`Card region: ${region} (${card.region})`);
  await expect(alert).toContainText(`(${card.currency})`);
  await expect(alert).toContainText('This store takes cards from United States (US) in US dollars (USD).');
});

test('a product barcode typed in is "Not a gift card" and never counts toward the lock', async ({ page, demo }) => {
  await signIn(page, demo);
  // Twice what makes code entry pause: none of them reaches the backend, so none counts.
  for (let attempt = 0; attempt < 10; attempt++) {
    await enterCode(page, '4006381333931');
    await expect(page.getByRole('alert')).toContainText('Not a gift card');
  }
  await expect(page.getByRole('heading', { name: ERROR_INFO.entry_delayed.title })).toHaveCount(0);
  // A real card right after is looked up: the terminal is not waiting out a pause.
  await enterCode(page, redeemableCard(demo).code);
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
});

test('a keyboard-layout slip in a typed code is offered as a button, not applied', async ({ page, demo }) => {
  await signIn(page, demo);
  const { card, wrong } = layoutSlippedDemoCode(demo);
  await enterCode(page, wrong);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This code does not check out');
  await expect(alert).toContainText(`Did you mean ${formatCode(card.code.replace(/-/g, ''))}?`);
  await expect(page.getByRole('textbox', { name: 'Card code' })).toHaveValue(formatCode(wrong));
  await alert.getByRole('button', { name: 'Use suggested code' }).click();
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
});
