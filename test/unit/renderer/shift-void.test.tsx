import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maskCode } from '../../../shared/claim-code.js';
import { FAKE_MANAGER, fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

describe('void from the X report', { timeout: 20_000 }, () => {
  it('lists the shift’s redemptions and voids one with a manager’s approval', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(7), { balanceMinor: 1_500 });
    await enterCode(app.user, code);
    await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await screen.findByRole('heading', { name: 'Approved' });
    await app.user.click(screen.getByRole('button', { name: 'Next customer' }));

    await app.user.click(screen.getByRole('button', { name: 'Shift report' }));
    const table = await screen.findByRole('table', { name: 'Redemptions' });
    const card = maskCode(code.replace(/-/g, '').slice(-4));
    expect(within(table).getByRole('cell', { name: '$15.00' })).toBeTruthy();
    await app.user.click(within(table).getByRole('button', { name: `Void ${card}` }));
    const dialog = screen.getByRole('dialog');
    const calls = app.api.calls.currentShift.length;
    await app.user.type(within(dialog).getByRole('textbox', { name: 'Manager ID' }), FAKE_MANAGER.id);
    await app.user.type(within(dialog).getByLabelText('Manager PIN'), `${FAKE_MANAGER.pin}{Enter}`);
    expect(await screen.findByText(/^Voided: /, { selector: '[role="status"]' })).toHaveProperty(
      'textContent',
      `Voided: $15.00 returned to ${card}. New balance: $15.00`,
    );
    await app.user.click(screen.getByRole('button', { name: 'Print void receipt' }));
    await expect.poll(() => app.api.printer.printed).toEqual([expect.stringMatching(/^void:void_\d+$/)]);

    // With no Refresh, the X report is asked for again: the redemption shows as voided, no second void.
    await expect.poll(() => app.api.calls.currentShift.length).toBe(calls + 1);
    const refreshed = await screen.findByRole('table', { name: 'Redemptions' });
    expect(await within(refreshed).findByRole('cell', { name: 'voided' })).toBeTruthy();
    expect(within(refreshed).queryByRole('button', { name: /^Void / })).toBeNull();
  });
});
