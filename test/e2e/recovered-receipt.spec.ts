/**
 * A redemption whose answer was lost and which the terminal later found applied ("approved after
 * check"): the cashier prints its receipt from the status bar's list of checked redemptions, and
 * the fake ESC/POS printer gets one receipt with the balance the backend reported.
 */
import { maskCode } from '../../shared/claim-code.js';
import { enterCode, fact, money, redeemableCard, screenshot, signIn } from './cashier.js';
import { expect, test } from './fixtures.js';

test.use({ faultProxy: true, printer: { kind: 'escpos', state: 'ready', autoPrint: 'never' } });

test('approved after the check: Print receipt in the list prints the backend’s remaining balance', async ({
  page,
  demo,
  faults,
  fakePrinter,
}) => {
  await signIn(page, demo);
  const card = redeemableCard(demo, 3);
  // The answer is lost after the commit, and the backend cannot be asked about it for a while.
  faults.addRule({ mode: 'drop-response' });
  faults.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/redemptions/by-key/', times: 1_000 });

  await enterCode(page, card.code);
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(
    page.getByRole('alert').getByRole('heading', { name: 'Outcome unknown — do not hand over goods' }),
  ).toBeVisible();

  faults.clearRules();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible({ timeout: 30_000 });
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, 0));
  const checked = page.getByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
  await expect(checked).toContainText('Charged — approved');
  expect(fakePrinter.receipts()).toHaveLength(0);

  const last4 = card.code.replace(/-/g, '').slice(-4);
  await checked.getByRole('button', { name: `Print receipt for ${maskCode(last4)}` }).click();
  await expect.poll(() => fakePrinter.receipts()).toHaveLength(1);
  const receipt = fakePrinter.receipts()[0] ?? '';
  expect(receipt).toContain('Gift card redemption');
  expect(receipt).toMatch(new RegExp(`Remaining balance\\s+${money(demo, 0).replace(/[.$]/g, '\\$&')}\\n`));
  expect(receipt).toContain(maskCode(last4));
  await screenshot(page, 'recovered-receipt-01-printed');
});
