import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maskCode } from '../../../shared/claim-code.js';
import { fakeCode, FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

describe('manager view', { timeout: 20_000 }, () => {
  it('is offered to a manager only; a cashier session refused by the backend sees why', async () => {
    const app = await renderApp();
    expect(screen.queryByRole('button', { name: 'Manager view' })).toBeNull();
    app.store.getState().showView('manager');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toBe('');
    expect(app.api.calls.shiftReport).toHaveLength(1);
    expect(screen.queryByRole('table', { name: 'Shifts' })).toBeNull();
  });

  it('shows shifts with totals, the hourly chart with its table, and a shift’s transactions', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(21), { balanceMinor: 1_250 });
    await enterCode(app.user, code);
    await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await screen.findByRole('heading', { name: 'Approved' });
    await app.user.click(screen.getByRole('button', { name: 'Next customer' }));
    await app.user.click(screen.getAllByRole('button', { name: 'Sign out' })[0]!);
    await app.user.type(await screen.findByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
    await app.user.click(await screen.findByRole('button', { name: 'Manager view' }));

    // The fake's redemption happened at 10:30 in the store's zone on Nov 22: show that day.
    for (const name of ['From', 'To']) {
      const field = screen.getByLabelText<HTMLInputElement>(name);
      await app.user.clear(field);
      await app.user.type(field, '2026-11-22');
    }
    await app.user.click(screen.getByRole('button', { name: 'Show' }));
    await expect.poll(() => app.api.calls.shiftReport.at(-1)?.from).toBe('2026-11-22T05:00:00.000Z');

    const shifts = await screen.findByRole('table', { name: 'Shifts' });
    expect(within(shifts).getByRole('row', { name: /Casey Jones\s?Till 1 .*Open 1 \$12\.50 View/ })).toBeTruthy();
    const tiles = screen.getByRole('group', { name: 'Totals, 2026-11-22' });
    expect(within(tiles).getByText('$12.50', { selector: '.tile--redeemed dd' })).toBeTruthy();
    expect(within(tiles).getByText('0 · $0.00', { selector: '.tile--voids dd' })).toBeTruthy();
    expect(within(tiles).getByText('0 · $0.00', { selector: '.tile--sold dd' })).toBeTruthy();
    expect(within(tiles).getByText(/Change in range/, { selector: '.tile--liability .tile__note' })).toBeTruthy();

    expect(screen.getByRole('img', { name: 'Redemptions per hour on Nov 22, 2026: 1 in total' })).toBeTruthy();
    await app.user.click(screen.getByRole('tab', { name: 'Per hour' }));
    const hourly = screen.getByRole('table', { name: 'Redemptions per hour on 2026-11-22 (table)' });
    expect(within(hourly).getByRole('row', { name: '10:00 1 $12.50' })).toBeTruthy();

    await app.user.click(screen.getByRole('tab', { name: 'Shifts' }));
    const table = screen.getByRole('table', { name: 'Shifts' });
    await app.user.click(within(table).getByRole('button', { name: /^View transactions of Casey Jones/ }));
    const transactions = screen.getByRole('region', { name: 'Shift transactions' });
    expect(within(transactions).getByRole('cell', { name: maskCode(code) })).toBeTruthy();
    expect(document.body.textContent).not.toContain(code);
    // Focus lands on the way back, which returns to the table.
    expect(document.activeElement).toBe(within(transactions).getByRole('button', { name: 'Back to shifts' }));
    await app.user.keyboard('{Enter}');
    expect(screen.getByRole('table', { name: 'Shifts' })).toBeTruthy();

    // The tabs follow the arrow keys.
    screen.getByRole('tab', { name: 'Shifts' }).focus();
    await app.user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'By cashier' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('table', { name: 'By cashier' })).toBeTruthy();

    // Print report prints the range on screen: the host asks the backend for the same report.
    await app.user.click(screen.getByRole('button', { name: 'Print report' }));
    const shown = app.api.calls.shiftReport.at(-1);
    await expect.poll(() => app.api.printer.printed).toEqual([`store:${shown?.from}/${shown?.to}`]);
  });
});
