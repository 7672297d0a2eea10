import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/screens/App.js';
import { connectStoreToHost, createAppStore } from '../../../renderer/store/app-store.js';
import { StoreProvider } from '../../../renderer/store/store-context.js';
import { FAKE_NEW_PAIRING_CODE, FAKE_PAIRING_CODE } from '../../fixtures/fake-pairing.js';
import { createFakeTerminalApi, FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from './render-app.js';

async function renderUnpaired() {
  const api = createFakeTerminalApi({ signedIn: false });
  api.status.configured = false;
  const store = createAppStore(api);
  connectStoreToHost(store, api);
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await screen.findByRole('heading', { name: 'Pair this terminal' });
  return { api, user };
}

describe('pairing', { timeout: 20_000 }, () => {
  it('a terminal without a key asks for the backend URL and a code, then goes to sign-in', async () => {
    const { api, user } = await renderUnpaired();
    const url = screen.getByRole('textbox', { name: 'Backend URL' });
    await screen.findByDisplayValue('http://127.0.0.1:8787');
    expect(screen.queryByRole('heading', { name: 'Sign in' })).toBeNull();

    const code = screen.getByRole('textbox', { name: 'Pairing code' });
    await user.type(code, '00000-00000{Enter}');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Pairing code not recognised'),
    );
    // The code never stays on screen after a try.
    expect((code as HTMLInputElement).value).toBe('');

    await user.clear(url);
    await user.type(url, 'https://giftcards.example.com');
    await user.type(code, FAKE_PAIRING_CODE.toLowerCase());
    await user.type(screen.getByRole('textbox', { name: 'Name of this terminal (optional)' }), 'Front till');
    await user.click(screen.getByRole('button', { name: 'Pair' }));

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(api.calls.pairTerminal.at(-1)).toEqual({
      backendUrl: 'https://giftcards.example.com',
      code: FAKE_PAIRING_CODE.toLowerCase(),
      terminalName: 'Front till',
    });
  });

  it('says what is missing before asking the host', async () => {
    const { api, user } = await renderUnpaired();
    await screen.findByDisplayValue('http://127.0.0.1:8787');
    await user.click(screen.getByRole('button', { name: 'Pair' }));
    expect(await screen.findByText('Enter the pairing code.')).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Backend URL' }));
    await user.type(screen.getByRole('textbox', { name: 'Backend URL' }), 'giftcards');
    await user.type(screen.getByRole('textbox', { name: 'Pairing code' }), FAKE_PAIRING_CODE);
    await user.click(screen.getByRole('button', { name: 'Pair' }));
    expect(await screen.findByText('Enter the backend URL, starting with http:// or https://.')).toBeTruthy();
    expect(api.calls.pairTerminal).toHaveLength(0);
  });
});

describe('Settings → Backend', { timeout: 20_000 }, () => {
  async function managerSettings() {
    const app = await renderApp({ signedIn: false });
    await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
    await screen.findByRole('heading', { name: 'Redeem gift card' });
    await app.user.click(screen.getByRole('button', { name: 'Settings' }));
    const section = (await screen.findByRole('heading', { name: 'Backend' })).closest('section')!;
    return { ...app, section: within(section) };
  }

  it('shows the backend and the terminal; Pair another terminal shows a code once, large, with its expiry', async () => {
    const { user, section } = await managerSettings();
    expect(await section.findByText('http://127.0.0.1:8787')).toBeTruthy();
    expect(section.getByText('Till 1 at Tillcard Demo Store (terminal-1)')).toBeTruthy();
    expect(section.getByText('Connected')).toBeTruthy();

    const pair = within(screen.getByRole('region', { name: 'Pair another terminal' }));
    await user.type(pair.getByRole('textbox', { name: 'Name of the new terminal' }), 'Till 2');
    await user.click(pair.getByRole('button', { name: 'New pairing code' }));
    const shown = await pair.findByText(FAKE_NEW_PAIRING_CODE);
    expect(shown.className).toContain('pairing-code__value');
    expect(pair.getByText(/^Works once, until /)).toBeTruthy();
    await user.click(pair.getByRole('button', { name: 'Done' }));
    expect(pair.queryByText(FAKE_NEW_PAIRING_CODE)).toBeNull();
  });

  it('Unpair asks first, then returns the terminal to the pairing screen', async () => {
    const { api, user, section } = await managerSettings();
    await user.click(await section.findByRole('button', { name: 'Unpair' }));
    await user.click(section.getByRole('button', { name: 'Cancel' }));
    expect(api.calls.unpairTerminal).toHaveLength(0);
    await user.click(section.getByRole('button', { name: 'Unpair' }));
    await user.click(section.getByRole('button', { name: 'Unpair now' }));
    await screen.findByRole('heading', { name: 'Pair this terminal' });
    expect(api.calls.unpairTerminal).toHaveLength(1);
  });
});

describe('Pair another terminal', { timeout: 20_000 }, () => {
  it('is a section of Settings, not of the manager view', async () => {
    const app = await renderApp({ signedIn: false });
    await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
    await screen.findByRole('heading', { name: 'Redeem gift card' });
    await app.user.click(screen.getByRole('button', { name: 'Manager view' }));
    await screen.findByRole('heading', { name: 'Manager view' });
    expect(screen.queryByRole('region', { name: 'Pair another terminal' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Name of the new terminal' })).toBeNull();

    await app.user.click(screen.getByRole('button', { name: 'Settings' }));
    const nav = within(screen.getByRole('navigation', { name: 'Settings sections' }));
    await app.user.click(nav.getByRole('button', { name: 'Pair another terminal' }));
    const pair = within(await screen.findByRole('region', { name: 'Pair another terminal' }));
    expect(document.activeElement).toBe(pair.getByRole('heading', { name: 'Pair another terminal' }));
    await app.user.type(pair.getByRole('textbox', { name: 'Name of the new terminal' }), 'Back office');
    await app.user.click(pair.getByRole('button', { name: 'New pairing code' }));
    expect(await pair.findByText(FAKE_NEW_PAIRING_CODE)).toBeTruthy();
    expect(pair.getByText('Pairing code for Back office')).toBeTruthy();
  });
});
