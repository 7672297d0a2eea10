import { test, expect } from './fixtures';
import { formatCode } from '../../shared/claim-code.js';
import { enterCode, mistypedDemoCode, redeemableCard, screenshot, signIn, unknownCode } from './cashier.js';

test('a mistyped code is caught on the terminal and the fix is offered, not applied', async ({ page, demo }) => {
  await signIn(page, demo);
  const { card, wrong } = mistypedDemoCode(demo);
  await enterCode(page, wrong);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This code does not check out');
  await expect(alert).toContainText(`Did you mean ${formatCode(card.code.replace(/-/g, ''))}?`);
  await expect(page.getByRole('textbox', { name: 'Card code' })).toHaveValue(formatCode(wrong));
  await screenshot(page, '06-did-you-mean');

  await page.getByRole('button', { name: 'Use suggested code' }).click();
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
});

test('an unknown code that checks out is looked up and reported as not found', async ({ page, demo }) => {
  await signIn(page, demo);
  await enterCode(page, unknownCode());
  await expect(page.getByRole('heading', { name: 'Card not found' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Check the code on the card and enter it again');
  await screenshot(page, '07-card-not-found');

  await page.getByRole('button', { name: 'Enter code again' }).click();
  await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Card code' })).toHaveValue('');
});

test('repeated unknown codes pause code entry on this terminal until a manager lifts the wait', async ({
  page,
  demo,
}) => {
  await signIn(page, demo);
  const locked = page.getByRole('heading', { name: 'Code entry paused on this terminal' });
  const notFound = page.getByRole('heading', { name: 'Card not found' });
  const attemptLimit = 25;
  let attempts = 0;
  while (attempts < attemptLimit) {
    attempts += 1;
    await enterCode(page, unknownCode());
    await expect(locked.or(notFound)).toBeVisible();
    if (await locked.isVisible()) break;
    await page.getByRole('button', { name: 'Enter code again' }).click();
  }
  await expect(locked).toBeVisible();
  expect(attempts).toBeGreaterThan(1);
  await expect(page.getByRole('alert')).toContainText('Wait until:');

  // A real card is refused while the wait lasts: a waiting terminal must not read any card.
  await page.getByRole('button', { name: 'Next customer' }).click();
  await enterCode(page, redeemableCard(demo).code);
  await expect(locked).toBeVisible();
  await screenshot(page, '08-entry-locked');

  await page.getByRole('button', { name: 'Manager unlock' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manager unlock' });
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(demo.manager.id);
  await dialog.getByLabel('Manager PIN').fill(demo.manager.pin);
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog).toBeHidden();

  await enterCode(page, redeemableCard(demo).code);
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
});
