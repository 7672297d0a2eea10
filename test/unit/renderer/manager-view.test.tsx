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

    const shifts = await screen.findByRole('table', { name: 'Shifts' });
    expect(
      within(shifts).getByRole('row', { name: /Casey Jones Till 1 .* 1 \$12\.50 0 \$0\.00 \$12\.50/ }),
    ).toBeTruthy();

    // The fake's redemption happened at 10:30 in the store's zone on Nov 22.
    await app.user.click(screen.getByRole('button', { name: 'Show chart' }));
    const chartDay = screen.getByLabelText<HTMLInputElement>('Chart day');
    await app.user.clear(chartDay);
    await app.user.type(chartDay, '2026-11-22');
    expect(screen.getByRole('img', { name: 'Redemptions per hour on 2026-11-22: 1 in total' })).toBeTruthy();
    const hourly = screen.getByRole('table', { name: 'Redemptions per hour on 2026-11-22 (table)' });
    expect(within(hourly).getByRole('row', { name: '10:00 1 $12.50' })).toBeTruthy();

    await app.user.click(within(shifts).getByRole('button', { name: /^Transactions of Casey Jones/ }));
    const transactions = screen.getByRole('region', { name: 'Shift transactions' });
    expect(within(transactions).getByRole('cell', { name: maskCode(code) })).toBeTruthy();
    expect(document.body.textContent).not.toContain(code);

    // Print report prints the range on screen: the host asks the backend for the same report.
    await app.user.click(screen.getByRole('button', { name: 'Print report' }));
    const shown = app.api.calls.shiftReport.at(-1);
    await expect.poll(() => app.api.printer.printed).toEqual([`store:${shown?.from}/${shown?.to}`]);
  });
});
