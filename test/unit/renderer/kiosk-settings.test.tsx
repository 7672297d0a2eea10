import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from './render-app.js';

async function openKioskSection() {
  const app = await renderApp({ signedIn: false });
  await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
  await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
  await screen.findByRole('heading', { name: 'Redeem gift card' });
  await app.user.click(screen.getByRole('button', { name: 'Settings' }));
  const heading = await screen.findByRole('heading', { name: 'Kiosk mode' });
  const section = heading.closest('section') as HTMLElement;
  await within(section).findByRole('checkbox', { name: 'Run full screen and locked (kiosk mode)' });
  return { app, section };
}

describe('Settings → Kiosk mode', { timeout: 20_000 }, () => {
  it('says kiosk mode applies at the next start and saves the switch', async () => {
    const { app, section } = await openKioskSection();
    const box = within(section).getByRole('checkbox', { name: 'Run full screen and locked (kiosk mode)' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(
      within(section).getByText('Kiosk mode is off now. A change applies the next time the terminal starts.'),
    ).toBeTruthy();

    expect(within(section).queryByText(/installed app/)).toBeNull();
    await app.user.click(box);
    await app.user.click(within(section).getByRole('button', { name: 'Save kiosk mode' }));
    expect(await within(section).findByRole('status')).toHaveProperty(
      'textContent',
      'Saved. Kiosk mode will be on from the next start. It does not start with this computer.',
    );
    expect(app.api.calls.saveKioskSettings).toEqual([{ kiosk: true, autostart: false }]);
  });

  it('turns on starting with the computer in the installed app, and says so once saved', async () => {
    const { app, section } = await openKioskSection();
    const box = within(section).getByRole('checkbox', { name: 'Start the terminal when this computer starts' });
    expect((box as HTMLInputElement).checked).toBe(false);
    await app.user.click(box);
    await app.user.click(within(section).getByRole('button', { name: 'Save kiosk mode' }));
    expect(await within(section).findByRole('status')).toHaveProperty(
      'textContent',
      'Saved. Kiosk mode will be off from the next start. It starts with this computer.',
    );
    expect(app.api.calls.saveKioskSettings).toEqual([{ kiosk: false, autostart: true }]);
  });

  it('shows why a save failed', async () => {
    const { app, section } = await openKioskSection();
    app.api.failNext('saveKioskSettings', { code: 'internal_error', message: 'kiosk settings not saved: EACCES' });
    await app.user.click(within(section).getByRole('button', { name: 'Save kiosk mode' }));
    expect(await within(section).findByRole('alert')).toBeTruthy();
    expect(within(section).queryByRole('status')).toBeNull();
  });

  it('quits only after the manager confirms, and can be called off', async () => {
    const { app, section } = await openKioskSection();
    await app.user.click(within(section).getByRole('button', { name: 'Quit the terminal' }));
    await app.user.click(within(section).getByRole('button', { name: 'Keep running' }));
    expect(app.api.calls.quitTerminal).toHaveLength(0);

    await app.user.click(within(section).getByRole('button', { name: 'Quit the terminal' }));
    expect(
      within(section).getByText('Quit now? The terminal stays closed until someone starts it again.'),
    ).toBeTruthy();
    await app.user.click(within(section).getByRole('button', { name: 'Quit now' }));
    expect(await within(section).findByText('The terminal is closing.')).toBeTruthy();
    expect(app.api.calls.quitTerminal).toHaveLength(1);
  });

  it('says in a browser window that kiosk mode is for the installed app, and offers no Quit', async () => {
    const app = await renderApp({ signedIn: false });
    app.api.kioskSettings = async () => ({
      ok: true,
      value: { kiosk: false, activeNow: false, canQuit: false, autostart: false, canAutostart: false },
    });
    await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
    await screen.findByRole('heading', { name: 'Redeem gift card' });
    await app.user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(
      await screen.findByText(
        'Kiosk mode applies to the installed app, not to a terminal running in a browser window.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Quit the terminal' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Start the terminal when this computer starts' })).toBeNull();
  });
});
