import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FAKE_CASHIER } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from './render-app.js';

describe('sign in', () => {
  it('says a wrong PIN was wrong and how many tries are left, then until when sign-in waits', async () => {
    const { user } = await renderApp({ signedIn: false });
    await user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_CASHIER.id);
    await user.type(screen.getByLabelText('PIN'), '0000{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Wrong PIN');
    expect(alert.textContent).toContain('4 more tries before a wait');
    expect(alert.textContent).not.toContain('Not signed in');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();

    for (let attempt = 2; attempt <= 5; attempt++) await user.type(screen.getByLabelText('PIN'), '0000{Enter}');
    const paused = await screen.findByText('Sign-in paused on this terminal');
    const message = paused.closest('[role="alert"]');
    expect(message?.textContent).toContain('Wait until: Nov 22, 2026');
    expect(message?.textContent).toContain('manager view (Security)');
  });

  it('signs in with the keyboard alone, shows the cashier in the status bar, and signs out', async () => {
    const { user, api } = await renderApp({ signedIn: false });
    await user.keyboard(FAKE_CASHIER.id);
    await user.tab();
    await user.keyboard(`${FAKE_CASHIER.pin}{Enter}`);
    await screen.findByRole('heading', { name: 'Redeem gift card' });
    expect(api.calls.signIn).toEqual([{ cashierId: FAKE_CASHIER.id, pin: FAKE_CASHIER.pin }]);

    const footer = screen.getByRole('contentinfo', { name: 'Terminal status' });
    expect(footer.textContent).toContain(FAKE_CASHIER.name);
    expect(footer.textContent).toContain('Till 1');
    expect(footer.textContent).toContain('Shift opened Nov 22, 2026, 9:05 AM');
    expect(within(footer).getByRole('status').textContent).toContain('Online');
    expect(footer.textContent).not.toContain(FAKE_CASHIER.pin);

    await user.click(within(footer).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(api.calls.signOut).toHaveLength(1);
  });

  it('shows Offline when the host reports the backend connection lost', async () => {
    const { api } = await renderApp();
    api.emit('connection', 'offline');
    expect(await screen.findByText('Backend: Offline')).toBeTruthy();
  });
});
