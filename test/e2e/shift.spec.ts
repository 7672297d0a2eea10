/**
 * A cashier's shift end to end: three redemptions, a manager voids one at the counter, the cashier
 * closes the shift and the Z report shows the ledger's totals; a closed shift signs the cashier out.
 */
import { expect, type Page } from '@playwright/test';
import { maskCode } from '../../shared/claim-code.js';
import { enterCode, fact, money, redeemableCard, screenshot, signIn } from './cashier.js';
import { test } from './fixtures.js';

async function redeemFull(page: Page, code: string): Promise<void> {
  await enterCode(page, code);
  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
}

async function redeemAmount(page: Page, code: string, amount: string): Promise<void> {
  await enterCode(page, code);
  await page.getByRole('button', { name: 'Amount' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill(amount);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
}

test('three redemptions, one voided by a manager, and the Z report shows the totals', async ({ page, demo }) => {
  const [first, second, third] = [0, 1, 2].map((index) => redeemableCard(demo, index)) as [
    ReturnType<typeof redeemableCard>,
    ReturnType<typeof redeemableCard>,
    ReturnType<typeof redeemableCard>,
  ];
  await signIn(page, demo);

  await redeemFull(page, first.code);
  await page.getByRole('button', { name: 'Next customer' }).click();

  await redeemAmount(page, second.code, '5.00');
  const secondLast4 = maskCode(second.code.replace(/-/g, '').slice(-4));
  // A wrong PIN is refused and the dialog stays open; the right one voids.
  await page.getByRole('button', { name: `Void ${secondLast4}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
  await dialog.getByLabel('Manager PIN').fill('0000');
  await dialog.getByRole('button', { name: 'Approve void' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
  await dialog.getByRole('button', { name: 'Approve void' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Voided' })).toHaveText(
    `Voided: ${money(demo, 500)} returned to ${secondLast4}. New balance: ${money(demo, second.balanceMinor)}`,
  );
  await screenshot(page, 'shift-01-voided');
  await page.getByRole('button', { name: 'Next customer' }).click();

  await redeemFull(page, third.code);
  await page.getByRole('button', { name: 'Next customer' }).click();

  await page.getByRole('button', { name: 'Shift report' }).click();
  await expect(page.getByRole('heading', { name: 'X report — shift open' })).toBeVisible();
  await expect(fact(page, 'X report', 'Redemptions')).toHaveText('3');
  await expect(fact(page, 'X report', 'Voids')).toHaveText('1');

  await page.getByRole('button', { name: 'Close shift' }).click();
  await page.getByRole('button', { name: 'Yes, close shift' }).click();
  await expect(page.getByRole('heading', { name: 'Z report — shift closed' })).toBeVisible();
  const redeemedMinor = first.balanceMinor + 500 + third.balanceMinor;
  await expect(fact(page, 'Z report', 'Redemptions')).toHaveText('3');
  await expect(fact(page, 'Z report', 'Full balance')).toHaveText('2');
  await expect(fact(page, 'Z report', 'Partial')).toHaveText('1');
  await expect(fact(page, 'Z report', 'Redeemed')).toHaveText(money(demo, redeemedMinor));
  await expect(fact(page, 'Z report', 'Voids')).toHaveText('1');
  await expect(fact(page, 'Z report', 'Voided')).toHaveText(money(demo, 500));
  await expect(fact(page, 'Z report', 'Net redeemed')).toHaveText(money(demo, redeemedMinor - 500));
  const activities = page.getByRole('table', { name: 'Activities' });
  await expect(activities.getByRole('row')).toHaveCount(5);
  for (const card of [first, second, third]) await expect(page.locator('body')).not.toContainText(card.code);
  await screenshot(page, 'shift-02-z-report');

  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('a void made from the X report updates its totals at once, without Refresh', async ({ page, demo }) => {
  const [first, second] = [redeemableCard(demo, 0), redeemableCard(demo, 1)];
  await signIn(page, demo);
  await redeemFull(page, first.code);
  await page.getByRole('button', { name: 'Next customer' }).click();
  await redeemAmount(page, second.code, '2.00');
  await page.getByRole('button', { name: 'Next customer' }).click();

  await page.getByRole('button', { name: 'Shift report' }).click();
  await expect(fact(page, 'X report', 'Voids')).toHaveText('0');
  const redeemedMinor = first.balanceMinor + 200;
  await expect(fact(page, 'X report', 'Net redeemed')).toHaveText(money(demo, redeemedMinor));

  const secondLast4 = maskCode(second.code.replace(/-/g, '').slice(-4));
  const redemptions = page.getByRole('table', { name: 'Redemptions' });
  await redemptions.getByRole('button', { name: `Void ${secondLast4}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
  await dialog.getByRole('button', { name: 'Approve void' }).click();
  await expect(dialog).toBeHidden();

  // The ledger's new figures, with no press of Refresh; the list marks the redemption voided.
  await expect(fact(page, 'X report', 'Voids')).toHaveText('1');
  await expect(fact(page, 'X report', 'Voided')).toHaveText(money(demo, 200));
  await expect(fact(page, 'X report', 'Net redeemed')).toHaveText(money(demo, redeemedMinor - 200));
  await expect(redemptions.getByRole('row').filter({ hasText: secondLast4 })).toContainText('voided');
  await expect(redemptions.getByRole('button', { name: `Void ${secondLast4}` })).toHaveCount(0);
  // What the void did stays on screen, with its receipt to print.
  await expect(page.getByRole('status').filter({ hasText: 'Voided' })).toHaveText(
    `Voided: ${money(demo, 200)} returned to ${secondLast4}. New balance: ${money(demo, second.balanceMinor)}`,
  );
  await expect(page.getByRole('button', { name: 'Print void receipt' })).toBeVisible();
});
