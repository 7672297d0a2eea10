/**
 * Two customers back to back, each served with exactly three cashier actions (the code's own
 * keystrokes aside): scan or type + Enter → Full balance → Confirm. The Approved screen keeps the
 * code field ready, so the next scan or typed code starts the next customer without Next customer.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { fact, money, redeemableCard, signIn, type DemoCard, type DemoData } from './cashier.js';

const SCANNER_DELAY_MS = 5;
const TYPING_DELAY_MS = 60;

/** Counts what the cashier does: each scan, Enter or click is one action. */
function counter(page: Page) {
  let actions = 0;
  return {
    get actions() {
      return actions;
    },
    reset() {
      actions = 0;
    },
    async scan(code: string) {
      await page.keyboard.type(code, { delay: SCANNER_DELAY_MS });
      await page.keyboard.press('Enter');
      actions += 1;
    },
    async typeAndEnter(code: string) {
      // The code's own keystrokes are not counted; the Enter that sends it is.
      await page.keyboard.type(code, { delay: TYPING_DELAY_MS });
      await page.keyboard.press('Enter');
      actions += 1;
    },
    async click(name: string) {
      await page.getByRole('button', { name }).click();
      actions += 1;
    },
  };
}

async function serve(
  page: Page,
  demo: DemoData,
  card: DemoCard,
  cashier: ReturnType<typeof counter>,
  enter: (code: string) => Promise<void>,
) {
  cashier.reset();
  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
  await enter(card.code.replace(/-/g, ''));
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await cashier.click('Full balance');
  await cashier.click('Confirm redemption');
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Amount redeemed')).toHaveText(money(demo, card.balanceMinor));
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, 0));
  expect(cashier.actions).toBe(3);
}

test('two customers back to back by scanning: three actions each', async ({ page, demo }) => {
  await signIn(page, demo);
  const cashier = counter(page);
  await serve(page, demo, redeemableCard(demo, 0), cashier, (code) => cashier.scan(code));
  // Straight from Approved: the scan itself starts the next customer.
  await serve(page, demo, redeemableCard(demo, 1), cashier, (code) => cashier.scan(code));
});

test('two customers back to back by typing the codes: three actions each', async ({ page, demo }) => {
  await signIn(page, demo);
  const cashier = counter(page);
  await serve(page, demo, redeemableCard(demo, 0), cashier, (code) => cashier.typeAndEnter(code));
  // A stray Enter on Approved does nothing: the result stays until a code comes.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await serve(page, demo, redeemableCard(demo, 1), cashier, (code) => cashier.typeAndEnter(code));

  // Next customer is still there for an empty counter.
  await page.getByRole('button', { name: 'Next customer' }).click();
  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeHidden();
});
