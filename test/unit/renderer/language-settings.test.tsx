import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '../../../renderer/i18n/index.js';
import { FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from './render-app.js';

async function openSettingsAsManager() {
  const app = await renderApp({ signedIn: false });
  await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
  await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
  await screen.findByRole('heading', { name: 'Redeem gift card' });
  await app.user.click(screen.getByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { name: 'Language' });
  return app;
}

describe('language setting', { timeout: 20_000 }, () => {
  // The catalogs are one instance per test file: every test starts in English.
  afterEach(() => applyLanguage('en'));

  it('switches every screen to Spanish at once, saves it on the host, and switches back', async () => {
    const app = await openSettingsAsManager();
    const section = screen.getByRole('region', { name: 'Language' });
    await app.user.click(within(section).getByRole('radio', { name: 'Español' }));
    await app.user.click(within(section).getByRole('button', { name: 'Save language' }));

    expect(await screen.findByText('Idioma guardado. Las pantallas ya lo usan.')).toBeTruthy();
    expect(app.api.calls.saveLanguage).toEqual([{ language: 'es' }]);
    expect(document.documentElement.lang).toBe('es');
    // The status bar, outside Settings, speaks Spanish too, without a reload.
    expect(screen.getByRole('button', { name: 'Cerrar sesión' })).toBeTruthy();

    const seccion = screen.getByRole('region', { name: 'Idioma' });
    await app.user.click(within(seccion).getByRole('radio', { name: 'English' }));
    await app.user.click(within(seccion).getByRole('button', { name: 'Guardar idioma' }));
    expect(await screen.findByText('Language saved. The screens use it now.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('starts in the language the host has saved', async () => {
    const app = await renderApp({ signedIn: false });
    // A manager saved Spanish earlier: the next start reads it from the host.
    await app.api.signIn({ cashierId: FAKE_MANAGER.id, pin: FAKE_MANAGER.pin });
    await app.api.saveLanguage({ language: 'es' });
    await app.store.getState().loadLanguage();
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
  });
});
