import { test, expect } from './fixtures';
import { formatCode, maskCode } from '../../shared/claim-code.js';
import { currencyDigits, minorToDecimalString } from '../../shared/money.js';
import { enterCode, fact, homeCurrency, money, redeemableCard, screenshot, signIn } from './cashier.js';

test('full redemption: lookup, confirm, approved with receipt; the card is then used up', async ({ page, demo }) => {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await screenshot(page, '01-sign-in');
  await signIn(page, demo);
  const card = redeemableCard(demo);
  const code = card.code.replace(/-/g, '');
  const last4 = maskCode(code);

  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Card code' }).pressSequentially(code.toLowerCase());
  await expect(page.getByRole('textbox', { name: 'Card code' })).toHaveValue(formatCode(code));
  await screenshot(page, '02-redeem-entry');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await expect(fact(page, 'Card', 'Card')).toHaveText(last4);
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
  await expect(page.locator('body')).not.toContainText(code);
  await screenshot(page, '03-lookup-result');

  await page.getByRole('button', { name: 'Full balance' }).click();
  await expect(
    page.getByRole('heading', { name: `Redeem ${money(demo, card.balanceMinor)} from ${last4}?` }),
  ).toBeVisible();
  await screenshot(page, '04-confirm');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();

  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Amount redeemed')).toHaveText(money(demo, card.balanceMinor));
  await expect(fact(page, 'Redemption', 'Balance before')).toHaveText(money(demo, card.balanceMinor));
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, 0));
  await expect(fact(page, 'Redemption', 'Transaction')).not.toBeEmpty();
  await expect(page.getByRole('region', { name: 'Receipt preview' })).toContainText(last4);
  await screenshot(page, '05-approved');

  await page.getByRole('button', { name: 'Next customer' }).click();
  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
  await enterCode(page, code);
  await expect(page.getByRole('heading', { name: 'Card already used up' })).toBeVisible();
});

test('partial redemption with the on-screen keypad leaves the rest on the card', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Amount' }).click();
  const keypad = page.getByRole('group', { name: 'Keypad' });
  // Cents first: 5, 2, 5 is 5.25.
  for (const key of ['5', '2', '5']) await keypad.getByRole('button', { name: key, exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Amount' })).toHaveValue('5.25');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();

  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Amount redeemed')).toHaveText(money(demo, 525));
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, card.balanceMinor - 525));

  await page.getByRole('button', { name: 'Next customer' }).click();
  await page.getByRole('tab', { name: 'Check balance' }).click();
  await enterCode(page, card.code);
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor - 525));
});

test('sale total above the balance: the card pays its balance and the rest is still due', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Sale total' }).click();
  const saleTotalMinor = card.balanceMinor + 1_000;
  await page
    .getByRole('textbox', { name: 'Sale total' })
    .fill(minorToDecimalString(saleTotalMinor, currencyDigits(homeCurrency(demo))));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(`^Redeem .+ from`) })).toContainText(
    money(demo, card.balanceMinor),
  );
  await page.getByRole('button', { name: 'Confirm redemption' }).click();

  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(page.getByText(`Still due: ${money(demo, 1_000)} — take another tender`)).toBeVisible();
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, 0));
});

test('balance check shows the balance and redeems nothing', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  for (let round = 0; round < 2; round++) {
    await page.getByRole('tab', { name: 'Check balance' }).click();
    await enterCode(page, card.code);
    await expect(page.getByRole('heading', { name: 'Card balance' })).toBeVisible();
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
    await expect(page.getByRole('button', { name: 'Full balance' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Next customer' }).click();
  }
});

test('a double click and repeated Enter on Confirm debit the card once', async ({ page, demo }) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Amount' }).click();
  await page
    .getByRole('textbox', { name: 'Amount' })
    .fill(minorToDecimalString(100, currencyDigits(homeCurrency(demo))));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('button', { name: 'Confirm redemption' });
  await confirm.dblclick();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, card.balanceMinor - 100));

  await page.getByRole('button', { name: 'Next customer' }).click();
  await page.getByRole('tab', { name: 'Check balance' }).click();
  await enterCode(page, card.code);
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor - 100));
  await expect(page.getByText('Pending outcomes: 0')).toBeVisible();
});
