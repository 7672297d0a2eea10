import { expect, type Page } from '@playwright/test';
import { signInAs, type CounterLabels, type DemoData, type SignInLabels } from './cashier.js';

export const SPANISH_SIGN_IN: SignInLabels = { id: 'ID de cajero', submit: 'Iniciar sesión' };
export const SPANISH_COUNTER: CounterLabels = { field: 'Código de la tarjeta', nextCustomer: 'Siguiente cliente' };

/** The manager switches the terminal to Spanish in Settings and signs out; the sign-in form is then Spanish. */
export async function switchToSpanish(page: Page, demo: DemoData): Promise<void> {
  await signInAs(page, demo.manager);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Language' });
  await section.getByRole('radio', { name: 'Español' }).check();
  await section.getByRole('button', { name: 'Save language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
}
