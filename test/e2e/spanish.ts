import { expect, type Page } from '@playwright/test';
import type { DemoData } from './cashier.js';

/** Signs a staff member in from the sign-in form, in whichever language it speaks. */
export async function signInAs(
  page: Page,
  who: { id: string; pin: string },
  labels: { id: string; submit: string },
): Promise<void> {
  await page.getByRole('textbox', { name: labels.id }).fill(who.id);
  await page.getByLabel('PIN', { exact: true }).fill(who.pin);
  await page.getByRole('button', { name: labels.submit }).click();
}

export const ENGLISH_SIGN_IN = { id: 'Cashier ID', submit: 'Sign in' };
export const SPANISH_SIGN_IN = { id: 'ID de cajero', submit: 'Iniciar sesión' };

/** The manager switches the terminal to Spanish in Settings and signs out; the sign-in form is then Spanish. */
export async function switchToSpanish(page: Page, demo: DemoData): Promise<void> {
  await signInAs(page, demo.manager, ENGLISH_SIGN_IN);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Language' });
  await section.getByRole('radio', { name: 'Español' }).check();
  await section.getByRole('button', { name: 'Save language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
}
