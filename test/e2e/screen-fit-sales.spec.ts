/**
 * Selling, reloading, refunding and the "not activated" fix on a till's screen: at 1024×768 and
 * 1280×800 each state fits (no page scroll, every button inside the window and not covered;
 * test/e2e/screen-fit.ts, which saves a screenshot of each) and axe finds nothing serious or
 * critical in either theme. The manager's dashboard with the sales tiles and the liability too.
 */
import { expectAccessible } from './axe.js';
import type { Page } from '@playwright/test';
import { maskCode } from '../../shared/claim-code.js';
import { demoCard, enterCode, redeemableCard, signIn, signInAs } from './cashier.js';
import { expect, test } from './fixtures';
import { expectFits, TILL_SIZES } from './screen-fit.js';
import { SPANISH_SIGN_IN, switchToSpanish } from './spanish.js';
import { admin, issueStockCards } from './support/admin-cli.js';

const masked = (code: string) => maskCode(code.replace(/-/g, '').slice(-4));

async function check(page: Page, state: string): Promise<void> {
  await expectFits(page, state);
  await expectAccessible(page, state);
}

/**
 * The dashboard's tables scroll inside their panel: every button there can be brought into view by
 * scrolling its panel (never the page), and is then inside the window and not covered.
 */
async function expectDashboardFits(page: Page, state: string): Promise<void> {
  await page.screenshot({
    path: `${process.env.TILLCARD_SHOTS_DIR ?? 'test-results/screen-fit'}/${page.viewportSize()?.width ?? 0}x${page.viewportSize()?.height ?? 0}-${state}.png`,
  });
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollHeight > window.innerHeight) found.push(`page scrolls: ${root.scrollHeight}`);
    if (root.scrollWidth > window.innerWidth) found.push(`page scrolls sideways: ${root.scrollWidth}`);
    for (const button of document.querySelectorAll<HTMLElement>('button, [role="button"], [role="tab"]')) {
      if (button.getClientRects().length === 0 || getComputedStyle(button).visibility === 'hidden') continue;
      const name = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = button.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) {
        found.push(`"${name}" outside the window`);
        continue;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === null || !(button === hit || button.contains(hit))) found.push(`"${name}" covered`);
    }
    if (root.scrollTop !== 0) found.push('bringing a button into view scrolled the page');
    return found;
  });
  expect(problems, `${state}: fit`).toEqual([]);
}

async function approve(page: Page, manager: { id: string; pin: string }, submit: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Manager ID' }).fill(manager.id);
  await dialog.getByLabel('Manager PIN').fill(manager.pin);
  await dialog.getByRole('button', { name: submit }).click();
}

for (const size of TILL_SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('sell, the not-activated fix, add money and refund fit and pass axe', async ({ page, demo, terminal }) => {
      test.setTimeout(180_000);
      const [stock = '', refundStock = ''] = await issueStockCards(terminal.dir, 2);
      // This store reloads cards, so Add money shows (it is off by default).
      await admin(terminal.dir, ['store', 'sale-settings', '--store', String(demo.store.id), '--reload', 'on']);
      await signIn(page, demo);

      await page.keyboard.press('F3');
      await expect(page.getByRole('heading', { name: 'Sell gift card' })).toBeVisible();
      await check(page, 'sell-entry');
      await enterCode(page, stock);
      await expect(page.getByRole('heading', { name: `Sell card ${masked(stock)}` })).toBeVisible();
      await check(page, 'sell-amount');
      await page.getByRole('textbox', { name: 'Amount' }).fill('9999999');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toContainText('Amount outside the limits');
      await check(page, 'sell-amount-out-of-range');
      await page.getByRole('button', { name: 'Clear' }).click();
      await page.getByRole('textbox', { name: 'Amount' }).fill('2500');
      await page.getByRole('button', { name: /^Activate card/ }).click();
      await expect(page.getByRole('heading', { name: /^Card activated — balance / })).toBeVisible();
      await check(page, 'sold');

      await page.getByRole('button', { name: 'Sell another card' }).click();
      await enterCode(page, stock);
      await page.getByRole('textbox', { name: 'Amount' }).fill('2500');
      await page.keyboard.press('F9');
      await expect(page.getByRole('alert')).toContainText('Card already active');
      await check(page, 'sell-already-active');
      await page.getByRole('button', { name: 'Back', exact: true }).click();

      // "Not activated" at the counter, fixed by a manager.
      await page.getByRole('tab', { name: 'Redeem' }).click();
      const notActivated = demoCard(demo, 'not activated', (card) => card.status === 'inactive');
      await enterCode(page, notActivated.code);
      await expect(page.getByRole('button', { name: 'Activate card' })).toBeVisible();
      await check(page, 'not-activated-fixable');
      await page.getByRole('button', { name: 'Activate card' }).click();
      await page.getByRole('textbox', { name: 'Amount' }).fill('2000');
      await check(page, 'fix-amount');
      await page.getByRole('button', { name: /Activate with manager PIN/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(page, 'fix-approval');
      await approve(page, demo.manager, 'Approve activation');
      await expect(page.getByRole('button', { name: 'Redeem this card' })).toBeVisible();
      await check(page, 'fix-sold');
      await page.getByRole('button', { name: 'Next customer' }).click();

      // Add money to an active card, where the store allows it.
      await enterCode(page, redeemableCard(demo).code);
      await expect(page.getByRole('button', { name: 'Add money' })).toBeVisible();
      await check(page, 'card-found-add-money');
      await page.getByRole('button', { name: 'Add money' }).click();
      await expect(page.getByText(/^Balance now:/)).toBeVisible();
      await check(page, 'load-amount');
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
      await page.getByRole('button', { name: 'Next customer' }).click();

      // A return refunded to a new card of the stock, behind the manager's PIN.
      await page.getByRole('tab', { name: 'Refund to card' }).click();
      await check(page, 'refund-entry');
      await enterCode(page, refundStock);
      await page.getByRole('textbox', { name: 'Amount' }).fill('1299');
      await check(page, 'refund-amount');
      await page.getByRole('button', { name: /Refund with manager PIN/ }).click();
      await check(page, 'refund-approval');
      await approve(page, demo.manager, 'Approve refund');
      await expect(page.getByRole('heading', { name: /^Refund credited — balance / })).toBeVisible();
      await check(page, 'refund-sold');

      // The X report with the money put on cards.
      await page.getByRole('button', { name: 'Next customer' }).click();
      await page.getByRole('button', { name: 'Shift report' }).click();
      await expect(page.getByText('Cards sold (activated)')).toBeVisible();
      await expectFits(page, 'x-report-sales');
      await page.getByRole('button', { name: 'Back to redeem' }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();

      // The manager's dashboard: sales tiles and the liability beside the redemptions.
      await signIn(page, { ...demo, cashier: demo.manager });
      await page.getByRole('button', { name: 'Manager view' }).click();
      await expect(page.getByText('Outstanding on cards')).toBeVisible();
      await expect(page.getByText(/Change in range/).first()).toBeVisible();
      await expectDashboardFits(page, 'dashboard-sales');
      await expectAccessible(page, 'dashboard-sales');
    });
  });
}

test.describe('in Spanish at 1024×768', () => {
  test.use({ viewport: TILL_SIZES[0] });

  test('the sale screens, the X report and the liability fit with the longer Spanish words', async ({
    page,
    demo,
    terminal,
  }) => {
    test.setTimeout(180_000);
    const [stock = ''] = await issueStockCards(terminal.dir, 1);
    await switchToSpanish(page, demo);

    await signInAs(page, demo.cashier, SPANISH_SIGN_IN);
    await expect(page.getByRole('heading', { name: 'Canjear tarjeta regalo' })).toBeVisible();
    await page.keyboard.press('F3');
    await expect(page.getByRole('heading', { name: 'Vender tarjeta regalo' })).toBeVisible();
    await check(page, 'es-sell-entry');
    await page.getByRole('textbox', { name: 'Código de la tarjeta' }).fill(stock);
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Importe' }).fill('1');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Importe fuera de los límites');
    await check(page, 'es-sell-amount-out-of-range');
    await page.getByRole('button', { name: 'Borrar' }).click();
    await page.getByRole('textbox', { name: 'Importe' }).fill('2500');
    await page.getByRole('button', { name: /^Activar tarjeta/ }).click();
    await expect(page.getByRole('heading', { name: /^Tarjeta activada — saldo / })).toBeVisible();
    await check(page, 'es-sold');

    await page.getByRole('button', { name: 'Siguiente cliente' }).click();
    await page.getByRole('tab', { name: 'Reembolsar a tarjeta' }).click();
    await page.getByRole('textbox', { name: 'Código de la tarjeta' }).fill(stock);
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Importe' }).fill('500');
    await page.getByRole('button', { name: /Reembolsar con PIN del encargado/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, 'es-refund-approval');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Informe del turno' }).click();
    await expect(page.getByText('Tarjetas vendidas (activadas)')).toBeVisible();
    await expectFits(page, 'es-x-report-sales');
    await page.getByRole('button', { name: 'Volver a canjear' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();

    await signInAs(page, demo.manager, SPANISH_SIGN_IN);
    await page.getByRole('button', { name: 'Vista de encargado' }).click();
    await expect(page.getByText('Pendiente en tarjetas', { exact: true })).toBeVisible();
    await expectDashboardFits(page, 'es-dashboard-sales');
    await expectAccessible(page, 'es-dashboard-sales');
  });
});
