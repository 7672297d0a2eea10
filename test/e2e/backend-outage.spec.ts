import { test, expect } from './fixtures';
import { enterCode, fact, money, redeemableCard, screenshot, signIn } from './cashier.js';

test('the backend stopped mid-session: nothing charged, Retry works once it is back', async ({
  page,
  demo,
  backend,
}) => {
  await signIn(page, demo);
  const card = redeemableCard(demo);
  await backend.stop();

  await enterCode(page, card.code);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Cannot reach the gift-card service' })).toBeVisible();
  await expect(alert).toContainText('Nothing was charged');
  await screenshot(page, '10-backend-unreachable');

  await backend.start();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));

  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expect(page.getByText('Backend: Online')).toBeVisible();
});
