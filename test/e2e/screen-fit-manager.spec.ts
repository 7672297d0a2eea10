/**
 * The manager's and the shift's screens on a till's screen: at 1024×768 and 1280×800, the manager
 * dashboard (and a shift's drill-down), Settings (and Pair another terminal with a code shown),
 * the X report, the close-shift question and the Z report. On each: the page does not scroll,
 * every button can be brought into view inside its own panel and is then inside the window and
 * not covered (document.elementFromPoint at its centre), and axe finds nothing serious in either
 * theme. Screenshots of each land in /tmp/shots-manager/ to be looked at.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { enterCode, redeemableCard, signIn } from './cashier.js';
import { expect, test } from './fixtures.js';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
] as const;
const SHOTS = process.env.TILLCARD_SHOTS_DIR ?? '/tmp/shots-manager';

/** Every fault of fit on the page as it is now; an empty list when it fits. */
async function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollHeight > window.innerHeight)
      problems.push(`page scrolls: ${root.scrollHeight} > ${window.innerHeight}`);
    if (root.scrollWidth > window.innerWidth) problems.push(`page scrolls sideways: ${root.scrollWidth}`);
    const main = document.querySelector('main');
    const buttons = [...document.querySelectorAll<HTMLElement>('button, [role="button"], [role="tab"]')].filter(
      (button) => button.getClientRects().length > 0 && getComputedStyle(button).visibility !== 'hidden',
    );
    for (const button of buttons) {
      const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
      // A button below the fold of its panel is brought up by scrolling that panel, never the page.
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = button.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) {
        problems.push(`"${name}" outside the window: ${JSON.stringify(box)}`);
        continue;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === null || !(button === hit || button.contains(hit))) {
        problems.push(`"${name}" covered by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`);
      }
    }
    if (root.scrollTop !== 0 || (main?.scrollTop ?? 0) !== 0)
      problems.push('bringing a button into view scrolled the page');
    return problems;
  });
}

/** axe on the screen's main area, in the standard and the high-contrast theme (with a screenshot of each). */
async function axeProblems(page: Page, screen: string, size: string): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of ['standard', 'high-contrast']) {
    await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
    if (theme === 'high-contrast') await page.screenshot({ path: `${SHOTS}/${screen}-${size}-high-contrast.png` });
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const violation of results.violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
      const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      problems.push(`${theme}: ${violation.id} (${violation.help}) at ${where.join(', ')}`);
    }
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'standard'));
  return problems;
}

async function expectFits(page: Page, screen: string): Promise<void> {
  const size = page.viewportSize();
  mkdirSync(SHOTS, { recursive: true });
  // Checked before the screenshot: the fit check scrolls panels to reach their buttons.
  await page.screenshot({ path: `${SHOTS}/${screen}-${size?.width}x${size?.height}.png` });
  expect(await fitProblems(page), `${screen} fits ${size?.width}×${size?.height}`).toEqual([]);
  expect(await axeProblems(page, screen, `${size?.width}x${size?.height}`), `${screen}: axe`).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the manager dashboard, Settings and the shift reports fit without page scroll', async ({ page, demo }) => {
      test.setTimeout(240_000);
      const cards = [redeemableCard(demo, 0), redeemableCard(demo, 1), redeemableCard(demo, 2)];
      await signIn(page, { ...demo, cashier: demo.manager });
      for (const card of cards) {
        await enterCode(page, card.code);
        await page.getByRole('button', { name: 'Full balance' }).click();
        await page.getByRole('button', { name: 'Confirm redemption' }).click();
        await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
        await page.getByRole('button', { name: 'Next customer' }).click();
      }

      await page.getByRole('button', { name: 'Manager view' }).click();
      await expect(page.getByRole('table', { name: 'Shifts' })).toBeVisible();
      await expect(page.getByRole('img', { name: /^Redemptions per hour/ })).toBeVisible();
      await expectFits(page, 'manager-dashboard');
      await page
        .getByRole('table', { name: 'Shifts' })
        .getByRole('button', { name: /^View transactions of / })
        .first()
        .click();
      await expect(page.getByRole('region', { name: 'Shift transactions' })).toBeVisible();
      await expectFits(page, 'manager-drill-down');
      await page.getByRole('tab', { name: 'By cashier' }).click();
      await expect(page.getByRole('table', { name: 'By cashier' })).toBeVisible();
      await expectFits(page, 'manager-by-cashier');

      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Printer connection' })).toBeVisible();
      await expectFits(page, 'settings');
      await page
        .getByRole('navigation', { name: 'Settings sections' })
        .getByRole('button', { name: 'Pair another terminal' })
        .click();
      const pairing = page.getByRole('region', { name: 'Pair another terminal' });
      await pairing.getByRole('textbox', { name: 'Name of the new terminal' }).fill('Till 2');
      await pairing.getByRole('button', { name: 'New pairing code' }).click();
      await expect(pairing.getByRole('status')).toContainText('Pairing code for Till 2');
      await expectFits(page, 'settings-pairing');

      await page.getByRole('button', { name: 'Shift report' }).click();
      await expect(page.getByRole('table', { name: 'Redemptions' })).toBeVisible();
      await expectFits(page, 'shift-x-report');
      await page.getByRole('button', { name: 'Close shift' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectFits(page, 'shift-close-confirm');
      await page.getByRole('button', { name: 'Yes, close shift' }).click();
      await expect(page.getByRole('heading', { name: 'Z report — shift closed' })).toBeVisible();
      await expectFits(page, 'shift-z-report');
    });
  });
}
