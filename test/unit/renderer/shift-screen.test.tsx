import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

/** The value next to a term in the fact list labelled `listLabel`. */
function fact(listLabel: string, term: string): string {
  const list = screen.getByRole('group', { name: listLabel });
  const terms = within(list).getAllByRole('term');
  const index = terms.findIndex((element) => element.textContent === term);
  return within(list).getAllByRole('definition')[index]?.textContent ?? '';
}

async function redeemFull(app: Awaited<ReturnType<typeof renderApp>>, seed: number, balanceMinor: number) {
  const code = app.api.addCard(fakeCode(seed), { balanceMinor });
  await enterCode(app.user, code);
  await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
  await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
  await screen.findByRole('heading', { name: 'Approved' });
  await app.user.click(screen.getByRole('button', { name: 'Next customer' }));
}

describe('shift screen', { timeout: 20_000 }, () => {
  it('shows the X report from the host and goes back to redeeming', async () => {
    const app = await renderApp();
    await redeemFull(app, 3, 2_500);
    await app.user.click(screen.getByRole('button', { name: 'Shift report' }));
    await screen.findByRole('heading', { name: 'X report — shift open' });
    expect(fact('X report', 'Redemptions')).toBe('1');
    expect(fact('X report', 'Redeemed')).toBe('$25.00');
    expect(fact('X report', 'Full balance')).toBe('1');
    expect(fact('X report', 'First activity')).toBe('Nov 22, 2026, 10:30 AM');
    await app.user.click(screen.getByRole('button', { name: 'Back to redeem' }));
    expect(await screen.findByRole('heading', { name: 'Redeem gift card' })).toBeTruthy();
  });

  it('closes only after the confirm step, shows the Z report, then signs the cashier out', async () => {
    const app = await renderApp();
    await redeemFull(app, 4, 1_000);
    await app.user.click(screen.getByRole('button', { name: 'Shift report' }));
    await app.user.click(await screen.findByRole('button', { name: 'Close shift' }));
    await app.user.click(screen.getByRole('button', { name: 'Keep shift open' }));
    expect(app.api.calls.closeShift).toHaveLength(0);
    await app.user.click(screen.getByRole('button', { name: 'Close shift' }));
    await app.user.click(screen.getByRole('button', { name: 'Yes, close shift' }));
    await screen.findByRole('heading', { name: 'Z report — shift closed' });
    expect(fact('Z report', 'Net redeemed')).toBe('$10.00');
    const activities = screen.getByRole('table', { name: 'Activities' });
    expect(within(activities).getByRole('cell', { name: /•••• / })).toBeTruthy();
    // A closed shift offers no way back to redeeming.
    expect(screen.queryByRole('button', { name: 'Shift report' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Back to redeem' })).toBeNull();
    await app.user.click(screen.getAllByRole('button', { name: 'Sign out' })[0]!);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });

  it('says plainly why the shift cannot close while outcomes are pending', async () => {
    const app = await renderApp();
    app.api.failNext('closeShift', { code: 'outcome_unknown', message: '1 redemption(s) unresolved' });
    await app.user.click(screen.getByRole('button', { name: 'Shift report' }));
    await app.user.click(await screen.findByRole('button', { name: 'Close shift' }));
    await app.user.click(screen.getByRole('button', { name: 'Yes, close shift' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The shift cannot close yet.');
    expect(screen.getByRole('heading', { name: 'X report — shift open' })).toBeTruthy();
  });
});
