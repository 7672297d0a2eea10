import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CardView } from '../../../shared/backend-api.js';
import { ERROR_INFO, type AppError, type ErrorCode } from '../../../shared/error-codes.js';
import { FAKE_MANAGER, fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

const LOOKUP_ERRORS: ErrorCode[] = [
  'code_malformed',
  'card_not_found',
  'card_empty',
  'entry_delayed',
  'card_not_active',
  'card_frozen',
  'card_closed',
  'card_expired',
  'region_mismatch',
  'currency_mismatch',
  'backend_unreachable',
];

async function lookUpFailing(error: AppError) {
  const app = await renderApp();
  const code = app.api.addCard(fakeCode(11));
  app.api.failNext('lookupCard', error);
  await enterCode(app.user, code);
  const alert = await screen.findByRole('alert');
  return { ...app, code, alert };
}

describe('errors', () => {
  it.each(LOOKUP_ERRORS)('%s shows its title and next step and a way on', async (code) => {
    const { alert } = await lookUpFailing({ code, message: 'declined' });
    expect(within(alert).getByRole('heading', { name: ERROR_INFO[code].title })).toBeTruthy();
    expect(alert.textContent).toContain(ERROR_INFO[code].nextStep);
    expect(screen.getByRole('button', { name: 'Next customer' })).toBeTruthy();
  });

  it.each<[string, Partial<CardView>, ErrorCode]>([
    ['not activated', { status: 'inactive' }, 'card_not_active'],
    ['frozen', { status: 'frozen', frozenReason: 'reported stolen' }, 'card_frozen'],
    ['closed', { status: 'closed' }, 'card_closed'],
    ['of another region', { region: 'GB' }, 'region_mismatch'],
    ['in another currency', { currency: 'EUR' }, 'currency_mismatch'],
    ['expired', { expiresAt: '2020-01-01T00:00:00.000Z' }, 'card_expired'],
  ])('a card %s from the lookup is refused before any amount is asked', async (_name, card, code) => {
    const app = await renderApp();
    await enterCode(app.user, app.api.addCard(fakeCode(12), card));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: ERROR_INFO[code].title })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Full balance' })).toBeNull();
  });

  it('a used-up card says when it was last used, in the store time zone', async () => {
    const app = await renderApp();
    await enterCode(
      app.user,
      app.api.addCard(fakeCode(13), { balanceMinor: 0, lastActivityAt: '2026-11-20T02:30:00.000Z' }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Card already used up' })).toBeTruthy();
    expect(alert.textContent).toContain('Last used: Nov 19, 2026, 9:30 PM');
  });

  it('backend unreachable says nothing was charged and Retry repeats the lookup', async () => {
    const { user, api, alert } = await lookUpFailing({ code: 'backend_unreachable', message: 'down' });
    expect(alert.textContent).toContain('Nothing was charged');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();
    expect(api.calls.lookupCard).toHaveLength(2);
  });

  it('an unknown outcome is shown apart from a decline and is not dismissed by Escape', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(14));
    app.api.failNext('redeem', { code: 'outcome_unknown', message: 'timeout' });
    await enterCode(app.user, code);
    await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Outcome unknown — do not hand over goods' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/declined/i);
    await app.user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Outcome unknown — do not hand over goods' })).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('heading', { name: 'Approved' })).toBeTruthy();
    expect(app.api.calls.redeem[1]?.tenderId).toBe(app.api.calls.redeem[0]?.tenderId);
  });

  it('entry paused: a manager lifts the wait with ID and PIN and the cashier can enter codes again', async () => {
    const { user, api, alert } = await lookUpFailing({
      code: 'entry_delayed',
      message: 'wait',
      details: { retryAt: '2026-11-22T15:45:00.000Z', retryAfterSeconds: 30 },
    });
    expect(alert.textContent).toContain('Wait until: Nov 22, 2026, 10:45 AM');
    await user.click(screen.getByRole('button', { name: 'Manager unlock' }));
    const dialog = screen.getByRole('dialog', { name: 'Manager unlock' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Manager ID' }), FAKE_MANAGER.id);
    await user.type(within(dialog).getByLabelText('Manager PIN'), '1111{Enter}');
    const wrong = await within(dialog).findByRole('alert');
    expect(wrong.textContent).toContain('Manager PIN wrong');
    expect(wrong.textContent).toContain('4 more tries before a wait');
    expect(wrong.textContent).not.toContain('Manager approval needed');
    expect(screen.getByRole('heading', { name: 'Code entry paused on this terminal' })).toBeTruthy();

    await user.type(within(dialog).getByLabelText('Manager PIN'), `${FAKE_MANAGER.pin}{Enter}`);
    expect(await screen.findByRole('textbox', { name: 'Card code' })).toBeTruthy();
    expect(api.calls.unlockEntry.at(-1)).toEqual({ managerId: FAKE_MANAGER.id, managerPin: FAKE_MANAGER.pin });
  });

  it('an ended session returns to sign in with the reason', async () => {
    const { alert } = await lookUpFailing({ code: 'session_expired', message: 'expired' });
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(alert.textContent).toContain(ERROR_INFO.session_expired.nextStep);
  });
});

describe('manager unlock dialog', () => {
  it('keeps Tab inside, closes on Escape without leaving the error, and returns focus', async () => {
    const { user } = await lookUpFailing({ code: 'entry_delayed', message: 'wait' });
    const opener = screen.getByRole('button', { name: 'Manager unlock' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Manager unlock' });
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Manager ID' }));
    for (let step = 0; step < 4; step++) await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Manager ID' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Code entry paused on this terminal' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Manager unlock' }));
  });
});

describe('terminal not set up', () => {
  it('shows the pairing screen instead of sign-in', async () => {
    const app = await renderApp({ signedIn: false });
    app.api.emit('status', { ...app.api.status, configured: false });
    expect(await screen.findByRole('heading', { name: 'Pair this terminal' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sign in' })).toBeNull();
  });
});

describe('unknown outcome settled by the host', () => {
  it('asks again by itself when the host settles an outcome, and shows the approval', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(15));
    app.api.failNext('redeem', { code: 'outcome_unknown', message: 'timeout' });
    await enterCode(app.user, code);
    await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await screen.findByRole('heading', { name: 'Outcome unknown — do not hand over goods' });

    app.api.emit('status', { ...app.api.status, pendingCount: 1, connection: 'offline' });
    expect(await screen.findByText('Pending outcomes: 1')).toBeTruthy();
    expect(app.api.calls.redeem).toHaveLength(1);
    app.api.emit('status', { ...app.api.status, pendingCount: 0, connection: 'online' });
    expect(await screen.findByRole('heading', { name: 'Approved' })).toBeTruthy();
    expect(app.api.calls.redeem).toHaveLength(2);
    expect(app.api.calls.redeem[1]?.tenderId).toBe(app.api.calls.redeem[0]?.tenderId);
  });
});
