/**
 * A manager switches the terminal to Spanish in Settings: a cashier then signs in and redeems in
 * Spanish, with money in the Spanish of the store's region; the choice survives a reload (the host
 * keeps it), and the manager switches back to English.
 */
import { test, expect } from './fixtures';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENGLISH_SIGN_IN, fact, homeCurrency, redeemableCard, signInAs, type DemoData } from './cashier.js';
import { formatMoney } from '../../shared/money.js';
import { measureEscPos } from '../fixtures/escpos-layout.js';
import { SPANISH_SIGN_IN } from './spanish.js';

/** What Intl writes for Spanish in the store's region (a US store: es-US). */
function spanishMoney(demo: DemoData, amountMinor: number): string {
  const region = new Intl.Locale(demo.store.locale ?? 'en-US').region ?? 'US';
  return formatMoney(amountMinor, homeCurrency(demo), `es-${region}`);
}

test('a manager switches to Spanish, a cashier redeems in Spanish, and English comes back', async ({
  page,
  demo,
  terminal,
}) => {
  const english = ENGLISH_SIGN_IN;
  const spanish = SPANISH_SIGN_IN;
  await signInAs(page, demo.manager, english);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Language' });
  await section.getByRole('radio', { name: 'Español' }).check();
  await section.getByRole('button', { name: 'Save language' }).click();
  // Applied at once, without a reload: the section and the status bar speak Spanish.
  await expect(page.getByRole('status').filter({ hasText: 'Idioma guardado' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(JSON.parse(await readFile(join(terminal.dir, 'config.json'), 'utf8')).language).toBe('es');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();

  // The host keeps the language: a reload (or a restart) starts in Spanish.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
  await signInAs(page, demo.cashier, spanish);
  await expect(page.getByRole('heading', { name: 'Canjear tarjeta regalo' })).toBeVisible();

  const card = redeemableCard(demo);
  await page.getByRole('textbox', { name: 'Código de la tarjeta' }).fill(card.code);
  await page.getByRole('button', { name: 'Buscar tarjeta' }).click();
  await expect(page.getByRole('heading', { name: 'Tarjeta encontrada' })).toBeVisible();
  await expect(fact(page, 'Tarjeta', 'Saldo')).toHaveText(spanishMoney(demo, card.balanceMinor));
  await page.getByRole('button', { name: 'Importe' }).click();
  await page.getByRole('textbox', { name: 'Importe' }).fill('2.00');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: `¿Canjear ${spanishMoney(demo, 200)} de •••• ${card.code.slice(-4)}?` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Confirmar canje' }).click();
  await expect(page.getByRole('heading', { name: 'Aprobado' })).toBeVisible();
  await expect(fact(page, 'Canje', 'Importe canjeado')).toHaveText(spanishMoney(demo, 200));
  await expect(fact(page, 'Canje', 'Saldo restante')).toHaveText(spanishMoney(demo, card.balanceMinor - 200));
  await page.getByRole('button', { name: 'Siguiente cliente' }).click();
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();

  await signInAs(page, demo.manager, spanish);
  await page.getByRole('button', { name: 'Ajustes' }).click();
  const seccion = page.getByRole('region', { name: 'Idioma' });
  await seccion.getByRole('radio', { name: 'English' }).check();
  await seccion.getByRole('button', { name: 'Guardar idioma' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Language saved' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test.describe('receipts in Spanish', () => {
  test.use({ printer: { kind: 'escpos', state: 'ready', autoPrint: 'always', columns: 42 } });

  test('with the terminal in Spanish, the printed receipt and the on-screen one speak Spanish, dates and money too', async ({
    page,
    demo,
    fakePrinter,
  }) => {
    const english = { id: 'Cashier ID', submit: 'Sign in' };
    const spanish = { id: 'ID de cajero', submit: 'Iniciar sesión' };
    await signInAs(page, demo.manager, english);
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Language' });
    await section.getByRole('radio', { name: 'Español' }).check();
    await section.getByRole('button', { name: 'Save language' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Idioma guardado' })).toBeVisible();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();

    await signInAs(page, demo.cashier, spanish);
    const card = redeemableCard(demo);
    await page.getByRole('textbox', { name: 'Código de la tarjeta' }).fill(card.code);
    await page.getByRole('button', { name: 'Buscar tarjeta' }).click();
    await page.getByRole('button', { name: 'Importe' }).click();
    await page.getByRole('textbox', { name: 'Importe' }).fill('2.00');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Confirmar canje' }).click();
    await expect(page.getByRole('heading', { name: 'Aprobado' })).toBeVisible();

    const remaining = spanishMoney(demo, card.balanceMinor - 200);
    const preview = page.getByRole('region', { name: 'Vista previa del ticket' });
    await expect(preview).toContainText('Canje de tarjeta regalo');
    await expect(preview).toContainText('Saldo restante');
    await expect(preview).toContainText(remaining);
    await expect(preview).not.toContainText('Remaining balance');

    await expect.poll(() => fakePrinter.receipts().length).toBe(1);
    const printed = fakePrinter.receipts()[0] ?? '';
    expect(printed).toContain('Canje de tarjeta regalo');
    expect(printed).toMatch(new RegExp(`Saldo restante\\s+${remaining.replace(/[$.]/g, '\\$&')}\\n`));
    expect(printed).toMatch(/Fecha\s+\d{1,2} [a-z]{3} \d{4}, \d{1,2}:\d{2}\s[ap]\.\s?m\.\n/);
    expect(printed).not.toMatch(/Remaining balance|Gift card|Balance before|Transaction|Date/);
    // 58 mm in the small font: every line within the 384 dots of the print head.
    const lines = measureEscPos(fakePrinter.bytes(), 384);
    expect(Math.max(...lines.map((line) => line.rightDots))).toBeLessThanOrEqual(384);
  });
});
