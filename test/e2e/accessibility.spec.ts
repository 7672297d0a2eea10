import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { enterCode, redeemableCard, signIn, unknownCode } from './cashier.js';

/** WCAG 2.1 A and AA rules checked by axe on what is on screen now. */
async function expectNoViolations(page: Page, screenName: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help}`);
  expect(summary, `accessibility violations on ${screenName}`).toEqual([]);
}

test('the main screens have no WCAG A/AA violations axe can find', async ({ page, demo }) => {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoViolations(page, 'sign in');
  await signIn(page, demo);
  await expectNoViolations(page, 'code entry');

  await enterCode(page, redeemableCard(demo).code);
  await page.getByRole('button', { name: 'Amount' }).click();
  await expectNoViolations(page, 'card and amount');
  await page.getByRole('textbox', { name: 'Amount' }).fill('1');
  await page.keyboard.press('Enter');
  await expectNoViolations(page, 'confirm');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expectNoViolations(page, 'approved');

  await page.getByRole('button', { name: 'Next customer' }).click();
  await enterCode(page, unknownCode());
  await expect(page.getByRole('heading', { name: 'Card not found' })).toBeVisible();
  await expectNoViolations(page, 'error');
});
