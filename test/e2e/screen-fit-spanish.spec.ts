/**
 * The cashier's screens in Spanish, whose words run a third longer than English, fit a till
 * screen of 1024×768 and of 1280×800 just the same: sign-in, the card, each tender, confirm,
 * approved with an amount still due, and the declines a counter meets (test/e2e/screen-fit.ts).
 */
import {
  amountText,
  declinedDemoCards,
  enterCode,
  nextCustomer,
  redeemableCard,
  signInAs,
  unknownCode,
} from './cashier.js';
import { expect, test } from './fixtures';
import { expectFits, TILL_SIZES } from './screen-fit.js';
import { SPANISH_COUNTER, SPANISH_SIGN_IN, switchToSpanish } from './spanish.js';

for (const size of TILL_SIZES) {
  test(`in Spanish at ${size.width}×${size.height}, the counter's screens and declines fit`, async ({ page, demo }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(size);
    await switchToSpanish(page, demo);
    const shot = (state: string) => expectFits(page, `es-${state}`);
    await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
    await shot('sign-in');
    await signInAs(page, demo.cashier, SPANISH_SIGN_IN);
    await expect(page.getByRole('heading', { name: 'Canjear tarjeta regalo' })).toBeVisible();
    await shot('idle');

    const card = redeemableCard(demo);
    await enterCode(page, card.code, SPANISH_COUNTER);
    await expect(page.getByRole('heading', { name: 'Tarjeta encontrada' })).toBeVisible();
    await shot('card-found');
    await page.getByRole('button', { name: 'Importe' }).click();
    await expect(page.getByRole('group', { name: 'Teclado numérico' })).toBeVisible();
    await shot('tender-amount');
    await page.getByRole('textbox', { name: 'Importe' }).fill(amountText(demo, card.balanceMinor + 1));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await shot('tender-amount-above-balance');
    await page.getByRole('button', { name: 'Total de la venta' }).click();
    await page.getByRole('textbox', { name: 'Total de la venta' }).fill(amountText(demo, card.balanceMinor + 1_000));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Confirmar canje' })).toBeVisible();
    await shot('confirm-sale-total');
    await page.getByRole('button', { name: 'Confirmar canje' }).click();
    await expect(page.getByRole('heading', { name: 'Aprobado' })).toBeVisible();
    await expect(page.getByText(/Importe pendiente/).first()).toBeVisible();
    await shot('approved-still-due');
    // The next customer's code, typed beside the longer Spanish button, stays whole in view.
    const field = page.getByRole('textbox', { name: SPANISH_COUNTER.field });
    await field.fill(redeemableCard(demo, 1).code);
    expect(await field.evaluate((input) => input.scrollWidth - input.clientWidth)).toBeLessThanOrEqual(0);
    await field.fill('');
    await nextCustomer(page, SPANISH_COUNTER);

    await enterCode(page, unknownCode(), SPANISH_COUNTER);
    await expect(page.getByRole('alert')).toBeVisible();
    await shot('problem-card-not-found');
    await nextCustomer(page, SPANISH_COUNTER);
    for (const [name, declined] of declinedDemoCards(demo)) {
      await enterCode(page, declined.code, SPANISH_COUNTER);
      await expect(page.getByRole('alert')).toBeVisible();
      await shot(`problem-${name}`);
      await nextCustomer(page, SPANISH_COUNTER);
    }
  });
}
