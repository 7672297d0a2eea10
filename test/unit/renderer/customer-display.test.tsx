import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLanguage } from '../../../renderer/i18n/index.js';
import { CustomerDisplayScreen } from '../../../renderer/screens/CustomerDisplayScreen.js';
import { publishCustomerViews } from '../../../renderer/store/customer-view-publisher.js';
import type { CustomerView } from '../../../shared/customer-display.js';
import { createFakeTerminalApi, fakeCode, FAKE_STORE } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

const shown = { storeName: FAKE_STORE.name, locale: FAKE_STORE.locale, language: 'en' as const };
const card = { ...shown, last4: 'CZP5', currency: 'USD' };

function renderDisplay(resultShownMs?: number) {
  const api = createFakeTerminalApi();
  render(<CustomerDisplayScreen api={api} {...(resultShownMs ? { resultShownMs } : {})} />);
  const publish = (view: CustomerView) => act(async () => void (await api.publishCustomerView(view)));
  return { api, publish };
}

const heading = () => screen.getByRole('heading', { level: 1 });

afterEach(async () => {
  vi.useRealTimers();
  await applyLanguage('en');
});

describe('customer display', () => {
  it('welcomes the customer with the store name, and offers nothing to press', async () => {
    const { publish } = renderDisplay();
    expect(await screen.findByRole('heading', { name: 'Welcome' })).toBeTruthy();
    await publish({ kind: 'idle', ...shown });
    expect(screen.getByText(FAKE_STORE.name)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  it('shows the balance, then the amount being redeemed, with the card masked', async () => {
    const { publish } = renderDisplay();
    await publish({ kind: 'balance', ...card, balanceMinor: 5_000 });
    expect(heading().textContent).toBe('Your gift card balance');
    expect(screen.getByText('$50.00')).toBeTruthy();
    expect(screen.getByText('Card •••• CZP5')).toBeTruthy();
    await publish({ kind: 'confirm', ...card, amountMinor: 1_234 });
    expect(heading().textContent).toBe('Redeeming $12.34 from your gift card');
  });

  it('speaks the language the cashier terminal speaks, money included', async () => {
    const { publish } = renderDisplay();
    await publish({ kind: 'balance', ...card, language: 'es', balanceMinor: 5_000 });
    expect(heading().textContent).toBe('Saldo de su tarjeta regalo');
    expect(
      screen.getByText(new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD' }).format(50)),
    ).toBeTruthy();
    await publish({ kind: 'balance', ...card, balanceMinor: 5_000 });
    expect(heading().textContent).toBe('Your gift card balance');
  });

  it('after approval: the amount redeemed, the remaining balance and what is still due', async () => {
    const { publish } = renderDisplay();
    await publish({
      kind: 'approved',
      ...card,
      amountMinor: 2_500,
      balanceAfterMinor: 0,
      stillDueMinor: 1_500,
    });
    const facts = within(screen.getByRole('group', { name: 'Your gift card payment' }));
    expect(facts.getByText('Redeemed').nextSibling?.textContent).toBe('$25.00');
    expect(facts.getByText('Remaining balance').nextSibling?.textContent).toBe('$0.00');
    expect(screen.getByText(/Still due:/).textContent).toBe('Still due: $15.00 — please pay the rest another way');
  });

  it('a decline in customer words; an unknown outcome asks to wait', async () => {
    const { publish } = renderDisplay();
    await publish({ kind: 'notice', ...shown, notice: 'declined' });
    expect(heading().textContent).toBe('This card can’t be used here');
    expect(screen.getByText('Please see the cashier.')).toBeTruthy();
    await publish({ kind: 'notice', ...shown, notice: 'wait' });
    expect(heading().textContent).toBe('One moment, please');
  });

  it('a result gives way to the welcome after a while; waiting for an outcome never does', async () => {
    vi.useFakeTimers();
    const { publish } = renderDisplay(30_000);
    await publish({ kind: 'approved', ...card, amountMinor: 100, balanceAfterMinor: 900, stillDueMinor: null });
    act(() => vi.advanceTimersByTime(29_000));
    expect(heading().textContent).toBe('Thank you');
    act(() => vi.advanceTimersByTime(1_000));
    expect(heading().textContent).toBe('Welcome');
    expect(screen.getByText(FAKE_STORE.name)).toBeTruthy();

    await publish({ kind: 'notice', ...shown, notice: 'wait' });
    act(() => vi.advanceTimersByTime(10 * 30_000));
    expect(heading().textContent).toBe('One moment, please');
  });

  it('opening late: it asks the host for the current view', async () => {
    const api = createFakeTerminalApi();
    await api.publishCustomerView({ kind: 'balance', ...card, balanceMinor: 700 });
    render(<CustomerDisplayScreen api={api} />);
    expect(await screen.findByText('$7.00')).toBeTruthy();
  });

  it('follows the cashier screen: a lookup there shows the balance here, Next customer the welcome', async () => {
    const { api, store, user } = await renderApp();
    publishCustomerViews(store, api);
    const code = api.addCard(fakeCode(4), { balanceMinor: 3_210 });
    const customer = document.createElement('div');
    document.body.append(customer);
    render(<CustomerDisplayScreen api={api} />, { container: customer });
    const display = within(screen.getByRole('main', { name: 'Customer display' }));

    await enterCode(user, code);
    expect(await display.findByRole('heading', { name: 'Your gift card balance' })).toBeTruthy();
    expect(display.getByText('$32.10')).toBeTruthy();
    expect(customer.textContent).not.toContain(code.slice(0, 11));

    await user.click(screen.getByRole('button', { name: 'Next customer' }));
    expect(await display.findByRole('heading', { name: 'Welcome' })).toBeTruthy();
  });
});
