/**
 * axe on every screen and state a cashier or manager meets, in the standard and the high-contrast
 * theme: no serious or critical WCAG 2.1 A/AA violation. Plus the theme switch itself and a focus
 * ring that can be seen on every control reached by Tab.
 */
import { test, expect } from './fixtures';
import { expectAccessible, THEMES } from './axe.js';
import type { Page } from '@playwright/test';
import { demoCard, enterCode, homeCurrency, homeRegion, redeemableCard, signIn, unknownCode } from './cashier.js';

async function approveAsManager(page: Page, manager: { id: string; pin: string }) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(manager.id);
  await dialog.getByLabel('Manager PIN').fill(manager.pin);
}

test('sign-in, code entry and the camera panel pass axe in both themes', async ({ page, demo }) => {
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page, 'sign in');
  await page.getByRole('textbox', { name: 'Cashier ID' }).fill(demo.cashier.id);
  await page.getByLabel('PIN', { exact: true }).fill('0000000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'sign in refused');

  await signIn(page, demo);
  await expectAccessible(page, 'code entry');
  await page.getByRole('textbox', { name: 'Card code' }).fill('ABCD');
  await page.getByRole('textbox', { name: 'Card code' }).press('Enter');
  await expect(page.getByRole('alert')).toContainText('incomplete');
  await expectAccessible(page, 'code incomplete');

  await page.getByRole('button', { name: 'Scan with camera' }).click();
  const camera = page.getByRole('region', { name: 'Camera scanner' });
  // Headless Chromium has no camera: the panel says so (a machine with one shows the live view).
  await expect(camera.getByText(/No camera found|Hold the card|could not start|permission/)).toBeVisible();
  await expectAccessible(page, 'camera panel open');
});

test('balance check, card found, amount, confirm and approved pass axe in both themes', async ({ page, demo }) => {
  test.setTimeout(120_000);
  await signIn(page, demo);
  const card = redeemableCard(demo);
  await page.getByRole('tab', { name: 'Check balance' }).click();
  await enterCode(page, card.code);
  await expect(page.getByRole('heading', { name: 'Card balance' })).toBeVisible();
  await expectAccessible(page, 'balance check');
  await page.getByRole('button', { name: 'Next customer' }).click();
  await page.getByRole('tab', { name: 'Redeem' }).click();

  await enterCode(page, card.code);
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  await expectAccessible(page, 'card looked up');
  await page.getByRole('button', { name: 'Amount' }).click();
  // Cents first: the digits are minor units, one more than the balance.
  await page.getByRole('textbox', { name: 'Amount' }).fill(String(card.balanceMinor + 1));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'amount above the balance');
  await page.getByRole('textbox', { name: 'Amount' }).fill('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Confirm redemption' })).toBeVisible();
  await expectAccessible(page, 'confirm');
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await expectAccessible(page, 'approved');
});

test('the decline screens pass axe in both themes', async ({ page, demo }) => {
  test.setTimeout(120_000);
  await signIn(page, demo);
  const declines = [
    { what: 'not found', code: unknownCode(), title: 'Card not found' },
    { what: 'frozen', code: demoCard(demo, 'frozen', (c) => c.status === 'frozen').code, title: 'Card frozen' },
    {
      what: 'used up',
      code: demoCard(
        demo,
        'used up',
        (c) =>
          c.status === 'active' &&
          c.balanceMinor === 0 &&
          c.region === homeRegion(demo) &&
          c.currency === homeCurrency(demo),
      ).code,
      title: 'Card already used up',
    },
  ];
  for (const decline of declines) {
    await enterCode(page, decline.code);
    await expect(page.getByRole('heading', { name: decline.title })).toBeVisible();
    await expectAccessible(page, `decline: ${decline.what}`);
    await page.getByRole('button', { name: 'Next customer' }).click();
  }
});

test('the X report, the close-shift question and the Z report pass axe in both themes', async ({ page, demo }) => {
  test.setTimeout(120_000);
  await signIn(page, demo);
  await enterCode(page, redeemableCard(demo).code);
  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await page.getByRole('button', { name: 'Next customer' }).click();

  await page.getByRole('button', { name: 'Shift report' }).click();
  await expect(page.getByRole('heading', { name: 'X report — shift open' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Redemptions' })).toBeVisible();
  await expectAccessible(page, 'X report');
  await page.getByRole('button', { name: 'Close shift' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectAccessible(page, 'close shift confirm');
  await page.getByRole('button', { name: 'Yes, close shift' }).click();
  await expect(page.getByRole('heading', { name: 'Z report — shift closed' })).toBeVisible();
  await expectAccessible(page, 'Z report');
});

test('the manager screens, dialogs and every Settings section pass axe in both themes', async ({ page, demo }) => {
  test.setTimeout(120_000);
  await signIn(page, { ...demo, cashier: demo.manager });
  const card = redeemableCard(demo);
  await enterCode(page, card.code);
  await page.getByRole('button', { name: 'Report lost or stolen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await approveAsManager(page, demo.manager);
  await expectAccessible(page, 'manager approval dialog (freeze)');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Full balance' }).click();
  await page.getByRole('button', { name: 'Confirm redemption' }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  await page.getByRole('button', { name: /^Void / }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'manager approval dialog (void)');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Next customer' }).click();

  await page.getByRole('button', { name: 'Manager view' }).click();
  await expect(page.getByRole('heading', { name: 'Manager view' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Shifts' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Redemptions per hour/ })).toBeVisible();
  await expectAccessible(page, 'manager view');
  await page.getByRole('tab', { name: 'Per hour' }).click();
  await expect(page.getByRole('table', { name: /\(table\)$/ })).toBeVisible();
  await expectAccessible(page, 'manager view, per hour table');

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // Every section is on the one Settings screen: printer, scanner, backend, language and the rest.
  await expect(page.getByRole('heading', { name: 'Language' })).toBeVisible();
  await expectAccessible(page, 'settings');
});

test('the High contrast button switches the theme and keeps it', async ({ page, demo }) => {
  const toggle = page.getByRole('button', { name: 'High contrast' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).not.toBe('rgb(0, 0, 0)');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  expect(await background()).toBe('rgb(0, 0, 0)');
  // The choice stays on this terminal across a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
  await signIn(page, demo);
  await expectAccessible(page, 'code entry after choosing high contrast');

  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'standard');
});

test('every control reached by Tab shows a visible focus ring, in both themes', async ({ page, demo }) => {
  await signIn(page, demo);
  await enterCode(page, redeemableCard(demo).code);
  await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
  for (const theme of THEMES) {
    await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
    const seen = new Set<string>();
    for (let step = 0; step < 15; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (element === null || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          name: element.getAttribute('aria-label') ?? element.textContent ?? element.tagName,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      if (focus === null) continue;
      seen.add(focus.name);
      expect(focus.outline, `focus ring on ${focus.name} (${theme})`).not.toBe('none');
      expect(focus.width, `focus ring width on ${focus.name} (${theme})`).toBeGreaterThanOrEqual(3);
    }
    expect(seen.size, 'Tab reached the controls').toBeGreaterThan(5);
  }
});
