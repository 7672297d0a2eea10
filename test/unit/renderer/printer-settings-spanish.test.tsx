/**
 * Settings → Printer and the receipt printing controls in Spanish: labels, choices, each field's
 * validation message (with its numbers), the environment note, Save and Test print.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '../../../renderer/i18n/index.js';
import { FAKE_MANAGER, fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

async function openSettingsInSpanish(overridden: 'target'[] = []) {
  const app = await renderApp({ signedIn: false });
  app.api.settings.overriddenByEnvironment = overridden;
  await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
  await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
  await screen.findByRole('heading', { name: 'Redeem gift card' });
  await applyLanguage('es');
  await app.user.click(screen.getByRole('button', { name: 'Ajustes' }));
  await screen.findByRole('heading', { name: 'Ajustes', level: 1 });
  return app;
}

describe('printer settings in Spanish', { timeout: 20_000 }, () => {
  // The catalogs are one instance per test file: every test starts in English.
  afterEach(() => applyLanguage('en'));

  it('names the fields and choices, and says what is wrong with each field in Spanish', async () => {
    const app = await openSettingsInSpanish();
    const form = screen.getByRole('form', { name: 'Impresora' });
    await app.user.selectOptions(within(form).getByRole('combobox', { name: 'Conexión de la impresora' }), 'tcp');
    expect(within(form).getByRole('option', { name: 'Impresora de red (TCP)' })).toBeTruthy();
    expect(within(form).getByRole('option', { name: '80 mm, letra normal (48 caracteres por línea)' })).toBeTruthy();
    expect(within(form).getByRole('option', { name: 'Preguntar al cajero' })).toBeTruthy();
    const port = within(form).getByRole('textbox', { name: 'Puerto' });
    await app.user.clear(port);
    await app.user.type(port, '70000');
    const footer = within(form).getByRole('textbox', { name: 'Pie del ticket' });
    await app.user.clear(footer);
    await app.user.click(footer);
    await app.user.paste('x'.repeat(205));
    await app.user.click(within(form).getByRole('button', { name: 'Guardar ajustes de impresora' }));

    expect(
      within(form).getByRole('textbox', {
        name: 'Dirección de la impresora',
        description: 'Introduzca la dirección IP o el nombre de host de la impresora.',
      }),
    ).toBeTruthy();
    expect(
      within(form).getByRole('textbox', {
        name: 'Puerto',
        description: 'El puerto debe ser un número de 1 a 65535 (normalmente 9100).',
      }),
    ).toBe(port);
    expect(
      within(form).getByRole('textbox', {
        name: 'Pie del ticket',
        description: 'El pie puede tener como máximo 200 caracteres (ahora 205).',
      }),
    ).toBe(footer);
    expect(app.api.calls.saveSettings).toHaveLength(0);

    // The language switches back while the messages are on screen: they follow it.
    await applyLanguage('en');
    expect(
      screen.getByRole('textbox', {
        name: 'Port',
        description: 'Port must be a number from 1 to 65535 (usually 9100).',
      }),
    ).toBe(port);
  });

  it('saves, then Test print answers in Spanish', async () => {
    const app = await openSettingsInSpanish();
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Conexión de la impresora' }), 'serial');
    await app.user.type(screen.getByRole('textbox', { name: 'Puerto serie' }), '/dev/ttyS0');
    const baud = screen.getByRole('textbox', { name: 'Velocidad en baudios' });
    await app.user.clear(baud);
    await app.user.type(baud, '1200');
    await app.user.click(screen.getByRole('button', { name: 'Guardar ajustes de impresora' }));
    expect(
      screen.getByRole('textbox', {
        name: 'Velocidad en baudios',
        description: 'La velocidad debe ser una de 9600, 19200, 38400, 57600, 115200.',
      }),
    ).toBe(baud);

    await app.user.clear(baud);
    await app.user.type(baud, '9600');
    await app.user.click(screen.getByRole('button', { name: 'Guardar ajustes de impresora' }));
    await screen.findByText('Ajustes de impresora guardados. Se aplican a la próxima impresión.');
    expect(app.api.settings.printer.target).toEqual({ transport: 'serial', path: '/dev/ttyS0', baudRate: 9600 });

    await app.user.click(screen.getByRole('button', { name: 'Imprimir prueba' }));
    const answer = await screen.findByRole('status', { name: 'Respuesta de la impresora' });
    expect(within(answer).getByText('Página de prueba impresa.')).toBeTruthy();
  });

  it('says in Spanish which setting the environment overrides', async () => {
    await openSettingsInSpanish(['target']);
    expect(
      screen.getByRole('combobox', {
        name: 'Conexión de la impresora',
        description: /^Definido por el entorno \(TILLCARD_PRINTER\)/,
      }),
    ).toBeTruthy();
  });
});

describe('receipt printing in Spanish', { timeout: 20_000 }, () => {
  afterEach(() => applyLanguage('en'));

  it('says how many receipts wait and offers Retry printing in Spanish', async () => {
    const app = await renderApp();
    Object.assign(app.api.printer.status, { autoPrint: 'always', condition: 'paper_out', message: 'Sin papel' });
    await app.store.getState().refreshPrinter();
    await enterCode(app.user, app.api.addCard(fakeCode(3), { balanceMinor: 5_000 }));
    await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await screen.findByRole('heading', { name: 'Approved' });
    await applyLanguage('es');

    const controls = screen.getByRole('group', { name: 'Impresión del ticket' });
    await waitFor(() =>
      expect(within(controls).getByRole('alert')).toHaveProperty('textContent', 'Sin papel (1 ticket en espera)'),
    );
    expect(within(controls).getByRole('button', { name: 'Reintentar la impresión' })).toBeTruthy();
  });
});
