/**
 * The customer display against the real stack: the cashier's page and the customer's page (the
 * terminal's #/customer address) open side by side in one browser, as on a till with two screens.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { maskCode } from '../../shared/claim-code.js';
import { customerDisplayUrl } from '../../shared/customer-display.js';
import { currencyDigits, minorToDecimalString } from '../../shared/money.js';
import { test, expect } from './fixtures';
import { demoCard, enterCode, homeCurrency, homeRegion, money, redeemableCard, screenshot, signIn } from './cashier.js';

async function openCustomerPage(page: Page, launchUrl: string): Promise<Page> {
  const customer = await page.context().newPage();
  await customer.goto(customerDisplayUrl(launchUrl));
  await expect(customer.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  return customer;
}

function customerFact(customer: Page, term: string) {
  return customer
    .getByRole('group', { name: 'Your gift card payment' })
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

async function expectNoSeriousViolations(customer: Page, state: string) {
  const results = await new AxeBuilder({ page: customer })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((violation) => `${violation.impact}: ${violation.id}: ${violation.help}`);
  expect(summary, `accessibility violations on the customer display (${state})`).toEqual([]);
}

test('the customer sees the balance, the amount being redeemed, then redeemed and remaining', async ({
  page,
  demo,
  terminal,
}) => {
  const customer = await openCustomerPage(page, terminal.launchUrl);
  await expectNoSeriousViolations(customer, 'welcome');
  await signIn(page, demo);
  if (demo.store.name) await expect(customer.getByText(demo.store.name)).toBeVisible();

  const card = redeemableCard(demo);
  const code = card.code.replace(/-/g, '');
  await enterCode(page, card.code);
  await expect(customer.getByRole('heading', { name: 'Your gift card balance' })).toBeVisible();
  await expect(customer.getByText(money(demo, card.balanceMinor), { exact: true })).toBeVisible();
  await expect(customer.getByText(`Card ${maskCode(code)}`)).toBeVisible();
  await expectNoSeriousViolations(customer, 'balance');

  await page.getByRole('button', { name: 'Amount' }).click();
  await page.getByRole('textbox', { name: 'Amount' }).fill('5.25');
  await page.keyboard.press('Enter');
  await expect(
    customer.getByRole('heading', { name: `Redeeming ${money(demo, 525)} from your gift card` }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(customer.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(customerFact(customer, 'Redeemed')).toHaveText(money(demo, 525));
  await expect(customerFact(customer, 'Remaining balance')).toHaveText(money(demo, card.balanceMinor - 525));
  await expectNoSeriousViolations(customer, 'approved');
  await screenshot(customer, 'customer-display-approved');
  // Nothing of the code but its last four, ever, on the customer's screen.
  await expect(customer.locator('body')).not.toContainText(code.slice(0, 11));
  expect(await customer.content()).not.toContain(code.slice(0, 11));

  await page.getByRole('button', { name: 'Next customer' }).click();
  await expect(customer.getByRole('heading', { name: 'Welcome' })).toBeVisible();
});

test('a sale total above the balance: the customer sees what is still due; a frozen card is declined in plain words', async ({
  page,
  demo,
  terminal,
}) => {
  const customer = await openCustomerPage(page, terminal.launchUrl);
  await signIn(page, demo);
  const card = redeemableCard(demo, 1);
  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Sale total' }).click();
  const saleTotalMinor = card.balanceMinor + 1_000;
  await page
    .getByRole('textbox', { name: 'Sale total' })
    .fill(minorToDecimalString(saleTotalMinor, currencyDigits(homeCurrency(demo))));
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(customerFact(customer, 'Redeemed')).toHaveText(money(demo, card.balanceMinor));
  await expect(customerFact(customer, 'Remaining balance')).toHaveText(money(demo, 0));
  await expect(customer.getByText(`Still due: ${money(demo, 1_000)}`)).toBeVisible();
  await expectNoSeriousViolations(customer, 'still due');

  await page.getByRole('button', { name: 'Next customer' }).click();
  const frozen = demoCard(
    demo,
    'frozen',
    (candidate) =>
      candidate.status === 'frozen' &&
      candidate.region === homeRegion(demo) &&
      candidate.currency === homeCurrency(demo),
  );
  await enterCode(page, frozen.code);
  await expect(customer.getByRole('heading', { name: 'This card can’t be used here' })).toBeVisible();
  await expect(customer.getByText('Please see the cashier.')).toBeVisible();
  await expect(customer.locator('body')).not.toContainText(/stolen|frozen/i);
  await expectNoSeriousViolations(customer, 'declined');
});
