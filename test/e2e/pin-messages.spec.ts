/**
 * Messages that name the problem, against the real backend: a wrong cashier PIN says so and how
 * many tries are left, then until when sign-in waits on this terminal and who can lift it; a wrong
 * manager PIN in an approval says the manager PIN was wrong.
 */
import { expect } from '@playwright/test';
import { enterCode, redeemableCard, signIn } from './cashier.js';
import { test } from './fixtures.js';

test('a wrong cashier PIN says it was wrong and how many tries are left, then until when sign-in waits', async ({
  page,
  demo,
}) => {
  const id = page.getByRole('textbox', { name: 'Cashier ID' });
  const pin = page.getByLabel('PIN', { exact: true });
  const wrongPin = demo.cashier.pin === '0000' ? '1111' : '0000';
  await id.fill(demo.cashier.id);
  await pin.fill(wrongPin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Wrong PIN');
  await expect(alert).toContainText('4 more tries before a wait');
  await expect(alert).not.toContainText('Not signed in');
  await expect(alert).not.toContainText('unpaired');

  for (const left of [3, 2, 1]) {
    await pin.fill(wrongPin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toContainText(left === 1 ? '1 more try before a wait' : `${left} more tries before a wait`);
  }
  await pin.fill(wrongPin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toContainText('Sign-in paused on this terminal');
  await expect(alert).toContainText(/Wait until: .+/);
  await expect(alert).toContainText('sign in on another terminal');
  await expect(alert).toContainText('manager view (Security)');

  // The right PIN waits too, on this terminal: the wait is what stops guessing.
  await pin.fill(demo.cashier.pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toContainText('Sign-in paused on this terminal');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('a wrong manager PIN in the void dialog says the manager PIN was wrong; the right one voids', async ({
  page,
  demo,
}) => {
  await signIn(page, demo);
  await enterCode(page, redeemableCard(demo).code);
  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await page.getByRole('button', { name: /^Void / }).click();

  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin === '0000' ? '1111' : '0000');
  await dialog.getByRole('button', { name: 'Approve void' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Manager PIN wrong');
  await expect(alert).toContainText('4 more tries before a wait');
  await expect(alert).not.toContainText('Manager approval needed');
  await expect(dialog.getByLabel('Manager PIN')).toHaveValue('');

  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
  await dialog.getByRole('button', { name: 'Approve void' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Voided:/)).toBeVisible();
});
