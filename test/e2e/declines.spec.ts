import { test, expect } from './fixtures';
import { ERROR_INFO, type ErrorCode } from '../../shared/error-codes.js';
import {
  demoCard,
  enterCode,
  homeCurrency,
  homeRegion,
  screenshot,
  signIn,
  type DemoCard,
  type DemoData,
} from './cashier.js';

const CASES: ReadonlyArray<{ what: string; error: ErrorCode; pick: (demo: DemoData) => (card: DemoCard) => boolean }> =
  [
    {
      what: 'used up',
      error: 'card_empty',
      pick: (demo) => (card) =>
        card.status === 'active' &&
        card.balanceMinor === 0 &&
        card.region === homeRegion(demo) &&
        card.currency === homeCurrency(demo),
    },
    { what: 'not activated', error: 'card_not_active', pick: () => (card) => card.status === 'inactive' },
    { what: 'frozen', error: 'card_frozen', pick: () => (card) => card.status === 'frozen' },
    {
      what: 'from another region',
      error: 'region_mismatch',
      pick: (demo) => (card) => card.status === 'active' && card.region !== homeRegion(demo),
    },
  ];

for (const { what, error, pick } of CASES) {
  test(`a demo card ${what} is declined with its own title and next step`, async ({ page, demo }) => {
    await signIn(page, demo);
    await enterCode(page, demoCard(demo, what, pick(demo)).code);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: ERROR_INFO[error].title })).toBeVisible();
    await expect(alert).toContainText(ERROR_INFO[error].nextStep);
    if (error === 'card_empty') await expect(alert).toContainText('Last used:');
    await expect(page.getByRole('button', { name: 'Full balance' })).toHaveCount(0);
    await screenshot(page, `09-decline-${error}`);

    await page.getByRole('button', { name: 'Next customer' }).click();
    await expect(page.getByRole('textbox', { name: 'Card code' })).toBeFocused();
  });
}
