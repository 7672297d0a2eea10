import { test, expect } from './fixtures';
import { fact, money, redeemableCard } from './cashier.js';

test('the whole redemption works from the keyboard alone', async ({ page, demo }) => {
  const card = redeemableCard(demo);
  await expect(page.getByRole('textbox', { name: 'Cashier ID' })).toBeFocused();
  await page.keyboard.type(demo.cashier.id);
  await page.keyboard.press('Tab');
  await page.keyboard.type(demo.cashier.pin);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
  await page.keyboard.type(card.code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Full balance' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Amount' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Amount' })).toBeFocused();
  await page.keyboard.type('3.50');
  await page.keyboard.press('Enter');

  // Escape goes back one step: to the amount, kept and ready to correct.
  await expect(page.getByRole('button', { name: 'Confirm redemption' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Amount' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Amount' })).toHaveValue('3.50');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('75');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: `Redeem ${money(demo, 375)} from •••• ${card.code.slice(-4)}?` }),
  ).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, card.balanceMinor - 375));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
});

test('every control on the main screens is a touch target of at least 48 px', async ({ page, demo }) => {
  const card = redeemableCard(demo);
  async function expectTouchSized() {
    for (const control of await page.getByRole('button').all()) {
      const box = await control.boundingBox();
      const name = await control.textContent();
      expect(box, `button ${name}`).not.toBeNull();
      expect(box?.height ?? 0, `height of ${name}`).toBeGreaterThanOrEqual(48);
      expect(box?.width ?? 0, `width of ${name}`).toBeGreaterThanOrEqual(48);
    }
  }
  await page.getByRole('textbox', { name: 'Cashier ID' }).fill(demo.cashier.id);
  await page.getByLabel('PIN', { exact: true }).fill(demo.cashier.pin);
  await expectTouchSized();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('textbox', { name: 'Card code' }).fill(card.code);
  await expectTouchSized();
  await page.getByRole('button', { name: 'Look up card' }).click();
  await page.getByRole('button', { name: 'Amount' }).click();
  await expectTouchSized();
});

test('F-keys run the main actions of the redeem screen, and each button shows its key', async ({ page, demo }) => {
  const card = redeemableCard(demo);
  await page.getByRole('textbox', { name: 'Cashier ID' }).fill(demo.cashier.id);
  await page.getByLabel('PIN', { exact: true }).fill(demo.cashier.pin);
  await page.keyboard.press('Enter');

  const lookUp = page.getByRole('button', { name: 'Look up card' });
  await expect(lookUp).toHaveAttribute('aria-keyshortcuts', 'F2');
  await expect(lookUp).toContainText('F2');
  await page.getByRole('textbox', { name: 'Card code' }).fill(card.code);
  await page.keyboard.press('F2');

  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  for (const [name, key] of [
    ['Full balance', 'F4'],
    ['Amount', 'F6'],
    ['Sale total', 'F7'],
    ['Next customer', 'F8'],
  ] as const) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-keyshortcuts', key);
    await expect(page.getByRole('button', { name, exact: true })).toContainText(key);
  }
  await page.keyboard.press('F6');
  await expect(page.getByRole('textbox', { name: 'Amount' })).toBeFocused();
  // Cents first: 2, 0, 0 is 2.00.
  await page.keyboard.type('200');
  await page.keyboard.press('Enter');

  const confirm = page.getByRole('button', { name: 'Confirm redemption' });
  await expect(confirm).toContainText('F9');
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(fact(page, 'Redemption', 'Balance after')).toHaveText(money(demo, card.balanceMinor - 200));

  // F8 ends the sale from anywhere on the step, focus back in the code field.
  await page.keyboard.press('F8');
  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
});
