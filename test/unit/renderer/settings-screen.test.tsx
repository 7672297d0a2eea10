import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from './render-app.js';

async function signInAsManager() {
  const app = await renderApp({ signedIn: false });
  await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
  await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
  await screen.findByRole('heading', { name: 'Redeem gift card' });
  await app.user.click(screen.getByRole('button', { name: 'Settings' }));
  await screen.findByRole('combobox', { name: 'Printer connection' });
  return app;
}

describe('settings screen', { timeout: 20_000 }, () => {
  it('is not offered to a cashier', async () => {
    const app = await renderApp();
    expect(screen.queryByRole('button', { name: 'Settings' })).toBeNull();
    // Even reached directly, a cashier gets no settings form and the host is not asked.
    app.store.getState().showView('settings');
    expect(screen.queryByRole('heading', { name: 'Settings' })).toBeNull();
    expect(app.api.calls.getSettings).toHaveLength(0);
  });

  it('names each invalid field and saves nothing until the form is valid', async () => {
    const app = await signInAsManager();
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Printer connection' }), 'tcp');
    const port = screen.getByRole('textbox', { name: 'Port' });
    await app.user.clear(port);
    await app.user.type(port, '70000');
    await app.user.type(screen.getByRole('textbox', { name: 'Receipt footer' }), 'x'.repeat(200));
    await app.user.click(screen.getByRole('button', { name: 'Save printer settings' }));

    expect(
      screen.getByRole('textbox', {
        name: 'Printer address',
        description: 'Enter the printer’s IP address or host name.',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('textbox', {
        name: 'Port',
        description: 'Port must be a number from 1 to 65535 (usually 9100).',
      }),
    ).toBe(port);
    expect(screen.getByRole('textbox', { name: 'Receipt footer' }).getAttribute('aria-invalid')).toBe('true');
    expect(app.api.calls.saveSettings).toHaveLength(0);
  });

  it('saves a network printer, then Test print shows what the printer answered', async () => {
    const app = await signInAsManager();
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Printer connection' }), 'tcp');
    await app.user.type(screen.getByRole('textbox', { name: 'Printer address' }), '192.168.1.50');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Paper width and font' }), '32');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Print receipt after a redemption' }), 'always');
    await app.user.click(screen.getByRole('checkbox', { name: 'Print the logo at the top of receipts' }));
    await app.user.click(screen.getByRole('button', { name: 'Save printer settings' }));

    await screen.findByText('Printer settings saved. They apply to the next print.');
    expect(app.api.settings.printer).toEqual({
      target: { transport: 'tcp', host: '192.168.1.50', port: 9100 },
      columns: 32,
      autoPrint: 'always',
      footer: 'Thank you.',
      logo: true,
    });

    app.api.printer.status = {
      ...app.api.printer.status,
      condition: 'paper_out',
      message: 'The printer is out of paper.',
    };
    await app.user.click(screen.getByRole('button', { name: 'Test print' }));
    const answer = await screen.findByRole('status', { name: 'Printer answer' });
    expect(within(answer).getByText(/out of paper/)).toBeTruthy();
    expect(app.api.printer.printed).toContain('test');
  });

  it('says which setting the environment overrides', async () => {
    const app = await renderApp({ signedIn: false });
    app.api.settings.overriddenByEnvironment = ['target'];
    await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
    await app.user.click(await screen.findByRole('button', { name: 'Settings' }));
    const connection = await screen.findByRole('combobox', {
      name: 'Printer connection',
      description: /Overridden by the environment \(TILLCARD_PRINTER\)/,
    });
    expect(connection).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Paper width and font', description: /Overridden/ })).toBeNull();
  });
});
