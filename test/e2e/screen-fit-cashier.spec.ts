/**
 * Every state of the cashier's screen fits a till screen of 1024×768 and of 1280×800: no page
 * scroll, every visible button inside the window and not covered (test/e2e/screen-fit.ts). Each
 * state is also saved as a screenshot, to be looked at.
 */
import { test, expect } from './fixtures';
import { maskCode } from '../../shared/claim-code.js';
import {
  amountText,
  declinedDemoCards,
  enterCode,
  mistypedDemoCode,
  nextCustomer,
  redeemableCard,
  signIn,
  unknownCode,
} from './cashier.js';
import { expectAccessible } from './axe.js';
import { expectFits, TILL_SIZES } from './screen-fit.js';

for (const size of TILL_SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('sign in, code entry, card, each tender, confirm and approved fit', async ({ page, demo }) => {
      test.setTimeout(120_000);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expectFits(page, 'sign-in');
      await signIn(page, demo);
      await expectFits(page, 'idle');
      await page.getByRole('button', { name: 'Scan with camera' }).click();
      await expect(page.getByRole('region', { name: 'Camera scanner' })).toBeVisible();
      await expectFits(page, 'camera-open');
      await page.getByRole('button', { name: 'Close camera' }).click();

      const card = redeemableCard(demo);
      await enterCode(page, card.code);
      await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
      await expectFits(page, 'card-found');
      await page.getByRole('button', { name: 'Amount' }).click();
      await expect(page.getByRole('group', { name: 'Keypad' })).toBeVisible();
      await expectFits(page, 'tender-amount');
      await page.evaluate(() => (document.documentElement.dataset.theme = 'high-contrast'));
      await expectFits(page, 'tender-amount-high-contrast');
      await page.evaluate(() => (document.documentElement.dataset.theme = 'standard'));
      await page.getByRole('textbox', { name: 'Amount' }).fill(amountText(demo, card.balanceMinor + 1));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectFits(page, 'tender-amount-above-balance');
      await page.getByRole('button', { name: 'Sale total' }).click();
      await expectFits(page, 'tender-sale-total');
      await page.getByRole('button', { name: 'Full balance' }).click();
      await expect(page.getByRole('button', { name: 'Confirm redemption' })).toBeVisible();
      await expectFits(page, 'confirm');
      await page.getByRole('button', { name: 'Confirm redemption' }).click();
      await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
      await expectFits(page, 'approved');
      // The high-contrast theme draws every edge: it must fit just the same.
      await page.evaluate(() => (document.documentElement.dataset.theme = 'high-contrast'));
      await expectFits(page, 'approved-high-contrast');
      await page.evaluate(() => (document.documentElement.dataset.theme = 'standard'));

      const second = redeemableCard(demo, 1);
      await enterCode(page, second.code);
      await page.getByRole('button', { name: 'Sale total' }).click();
      await page.getByRole('textbox', { name: 'Sale total' }).fill(amountText(demo, second.balanceMinor + 1_000));
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Confirm redemption' }).click();
      await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
      await expect(page.getByText(/Still due/).first()).toBeVisible();
      await expectFits(page, 'approved-still-due');

      await nextCustomer(page);
      await page.getByRole('tab', { name: 'Check balance' }).click();
      await enterCode(page, redeemableCard(demo, 2).code);
      await expect(page.getByRole('heading', { name: 'Card balance' })).toBeVisible();
      await expectFits(page, 'balance-check');
    });

    test('each problem fits', async ({ page, demo, backend }) => {
      test.setTimeout(120_000);
      await signIn(page, demo);
      const field = page.getByRole('textbox', { name: 'Card code' });

      await field.fill('ABCD');
      await field.press('Enter');
      await expect(page.getByRole('alert')).toContainText('incomplete');
      await expectFits(page, 'problem-incomplete');

      const { wrong } = mistypedDemoCode(demo);
      await enterCode(page, wrong);
      await expect(page.getByRole('button', { name: 'Use suggested code' })).toBeVisible();
      await expectFits(page, 'problem-did-you-mean');

      await enterCode(page, '4006381333931');
      await expect(page.getByRole('alert')).toContainText('Not a gift card');
      await expectFits(page, 'problem-not-a-gift-card');

      await enterCode(page, unknownCode());
      await expect(page.getByRole('heading', { name: 'Card not found' })).toBeVisible();
      await expectFits(page, 'problem-card-not-found');
      await nextCustomer(page);

      for (const [name, card] of declinedDemoCards(demo)) {
        await enterCode(page, card.code);
        await expect(page.getByRole('alert')).toBeVisible();
        await expectFits(page, `problem-${name}`);
        if (name === 'frozen') {
          await page.getByRole('button', { name: 'Move balance to a new card' }).click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await expectFits(page, 'problem-frozen-move-balance-dialog');
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toBeHidden();
        }
        await nextCustomer(page);
      }

      await backend.stop();
      await enterCode(page, redeemableCard(demo).code);
      await expect(page.getByRole('heading', { name: 'Cannot reach the gift-card service' })).toBeVisible();
      await expectFits(page, 'problem-service-unreachable');
      await backend.start();
      await expect(page.getByRole('heading', { name: 'Service is back — press Retry' })).toBeVisible({
        timeout: 20_000,
      });
      await expectFits(page, 'problem-service-back');
    });
  });
}

test.describe('unknown outcome', () => {
  test.use({ faultProxy: true });
  for (const size of TILL_SIZES) {
    test(`fits at ${size.width}×${size.height} while checking and while unknown`, async ({ page, demo, faults }) => {
      await page.setViewportSize(size);
      await signIn(page, demo);
      faults.addRule({ mode: 'drop-response' });
      faults.addRule({ mode: 'delay-response', method: 'GET', pathPrefix: '/v1/redemptions/by-key/', delayMs: 3_000 });
      await enterCode(page, redeemableCard(demo).code);
      await page.getByRole('button', { name: 'Full balance' }).click();
      await page.getByRole('button', { name: 'Confirm redemption' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Checking…' })).toBeVisible();
      // One voice: the panel says what the status bar says, and the count includes this one.
      await expect(page.getByRole('heading', { name: 'Outcome unknown — do not hand over goods' })).toBeVisible();
      await expect(page.getByText('Pending outcomes: 1')).toBeVisible();
      await expectFits(page, 'unknown-outcome-checking');
      await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();

      faults.clearRules();
      faults.addRule({ mode: 'drop-response' });
      faults.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/redemptions/by-key/', times: 1_000 });
      await enterCode(page, redeemableCard(demo, 1).code);
      await page.getByRole('button', { name: 'Full balance' }).click();
      await page.getByRole('button', { name: 'Confirm redemption' }).click();
      await expect(page.getByRole('heading', { name: 'Outcome unknown — do not hand over goods' })).toBeVisible();
      await expectFits(page, 'unknown-outcome');
    });
  }

  for (const size of TILL_SIZES) {
    test(`three answers checked after a loss, each with Print receipt, fit at ${size.width}×${size.height}`, async ({
      page,
      demo,
      faults,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(size);
      await signIn(page, demo);
      for (const index of [0, 1, 2]) {
        faults.addRule({ mode: 'drop-response' });
        await enterCode(page, redeemableCard(demo, index).code);
        await page.getByRole('button', { name: 'Full balance' }).click();
        await page.getByRole('button', { name: 'Confirm redemption' }).click();
        await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
        await nextCustomer(page);
      }
      // The status bar keeps the newest in view; the earlier two are one button away.
      const checked = page.getByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
      const last4 = (index: number) => redeemableCard(demo, index).code.replace(/-/g, '').slice(-4);
      await expect(checked.getByRole('button', { name: /^Print receipt for / })).toHaveCount(1);
      await expect(checked).toContainText(`${maskCode(last4(2))} · `);
      await expectFits(page, 'three-checked-after-loss');
      await enterCode(page, redeemableCard(demo, 3).code);
      await page.getByRole('button', { name: 'Amount' }).click();
      await expectFits(page, 'three-checked-after-loss-amount');

      await page.getByRole('button', { name: '2 earlier checks' }).click();
      const dialog = page.getByRole('dialog', { name: 'Checked after a lost answer' });
      for (const index of [0, 1, 2]) {
        await expect(dialog.getByRole('button', { name: `Print receipt for ${maskCode(last4(index))}` })).toBeVisible();
      }
      await expect(dialog).toContainText('Charged — approved');
      await expectFits(page, 'three-checked-after-loss-all');
      await expectAccessible(page, 'the checks after a lost answer');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: '2 earlier checks' })).toBeFocused();
    });
  }
});
