import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maskCode } from '../../../shared/claim-code.js';
import { fakeCode } from '../../fixtures/fake-terminal-api.js';
import { resetAppStore } from '../../../renderer/store/app-store.js';
import { enterCode, renderApp } from './render-app.js';

async function lookUp(balanceMinor: number) {
  const app = await renderApp();
  const code = app.api.addCard(fakeCode(7), { balanceMinor });
  await enterCode(app.user, code);
  await screen.findByRole('heading', { name: 'Card found' });
  return { ...app, code };
}

/** The value next to a term in the fact list labelled `listLabel`. */
function fact(listLabel: string, term: string): string {
  const list = screen.getByRole('group', { name: listLabel });
  const terms = within(list).getAllByRole('term');
  const index = terms.findIndex((element) => element.textContent === term);
  return within(list).getAllByRole('definition')[index]?.textContent ?? '';
}

describe('redemption flow', () => {
  it('shows the card masked, never the full code, after lookup', async () => {
    const { code } = await lookUp(5_000);
    expect(fact('Card', 'Card')).toBe(maskCode(code));
    expect(fact('Card', 'Status')).toBe('Active');
    expect(fact('Card', 'Balance')).toBe('$50.00');
    expect(fact('Card', 'Currency')).toBe('USD');
    expect(document.body.textContent).not.toContain(code);
    expect(document.body.innerHTML).not.toContain(code);
  });

  it('lets the cashier drop a looked-up card without redeeming it', async () => {
    const { user, api } = await lookUp(5_000);
    await user.click(screen.getByRole('button', { name: 'Next customer' }));
    const field = await screen.findByRole('textbox', { name: 'Card code' });
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('heading', { name: 'Card found' })).toBeNull();
    expect(api.calls.redeem).toHaveLength(0);
  });

  it('redeems the full balance and shows the backend answer with a receipt', async () => {
    const { user, api, code } = await lookUp(5_000);
    await user.click(screen.getByRole('button', { name: 'Full balance' }));
    expect(screen.getByRole('heading', { name: `Redeem $50.00 from ${maskCode(code)}?` })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirm redemption' }));

    expect(await screen.findByRole('heading', { name: 'Approved' })).toBeTruthy();
    expect(fact('Redemption', 'Amount redeemed')).toBe('$50.00');
    expect(fact('Redemption', 'Balance before')).toBe('$50.00');
    expect(fact('Redemption', 'Balance after')).toBe('$0.00');
    expect(fact('Redemption', 'Transaction')).toBe('rdm_0001');
    expect(api.calls.redeem).toHaveLength(1);
    expect(api.calls.redeem[0]?.amountMinor).toBeUndefined();

    const receipt = screen.getByRole('region', { name: 'Receipt preview' });
    for (const text of ['Tillcard Demo Store', '1 Market Street', 'Till 1', 'Casey Jones', 'Nov 22, 2026, 10:30 AM']) {
      expect(receipt.textContent).toContain(text);
    }
    expect(receipt.textContent).toContain(maskCode(code));
    expect(document.body.innerHTML).not.toContain(code);

    await user.click(screen.getByRole('button', { name: 'Next customer' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Card code' }));
  });

  it('redeems a partial amount typed on the keypad, cents first', async () => {
    const { user, api } = await lookUp(5_000);
    await user.click(screen.getByRole('button', { name: 'Amount' }));
    const keypad = screen.getByRole('group', { name: 'Keypad' });
    for (const key of ['1', '9', '9', 'Backspace', '5', '0']) {
      await user.click(within(keypad).getByRole('button', { name: key }));
    }
    expect((screen.getByRole('textbox', { name: 'Amount' }) as HTMLInputElement).value).toBe('19.50');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Confirm redemption' }));

    await screen.findByRole('heading', { name: 'Approved' });
    expect(api.calls.redeem[0]?.amountMinor).toBe(1_950);
    expect(screen.getAllByText('$30.50').length).toBeGreaterThan(0);
  });

  it('refuses an amount above the balance before sending anything', async () => {
    const { user, api } = await lookUp(1_000);
    await user.click(screen.getByRole('button', { name: 'Amount' }));
    await user.keyboard('12.00{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not enough on the card');
    expect(alert.textContent).toContain('Balance: $10.00');
    expect(api.calls.redeem).toHaveLength(0);
  });

  it('takes a sale total above the balance and shows what is still due', async () => {
    const { user, api } = await lookUp(2_500);
    await user.click(screen.getByRole('button', { name: 'Sale total' }));
    await user.keyboard('4000{Enter}');
    expect(screen.getByRole('heading', { name: /Redeem \$25\.00 from/ })).toBeTruthy();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Approved' });
    expect(api.calls.redeem[0]?.amountMinor).toBe(2_500);
    expect(screen.getByText('Still due: $15.00 — take another tender')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Receipt preview' }).textContent).toContain('Still due$15.00');
  });

  it('sends one redemption for a double click and repeated Enter on Confirm', async () => {
    const { user, api } = await lookUp(5_000);
    await user.click(screen.getByRole('button', { name: 'Full balance' }));
    const release = api.hold('redeem');
    const confirm = screen.getByRole('button', { name: 'Confirm redemption' });
    await user.dblClick(confirm);
    await user.keyboard('{Enter}{Enter}');
    expect(api.calls.redeem).toHaveLength(1);
    release();
    await screen.findByRole('heading', { name: 'Approved' });
    expect(api.calls.redeem).toHaveLength(1);
    // A further Enter must not skip the result before the cashier has read it.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Approved' })).toBeTruthy();
    expect(api.cards.values().next().value?.balanceMinor).toBe(0);
  });

  it('Back (or Escape) leaves the confirm step, and the next confirm step makes a new tender id', async () => {
    const { user, api } = await lookUp(5_000);
    await user.click(screen.getByRole('button', { name: 'Full balance' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Full balance' }));
    await user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await screen.findByRole('heading', { name: 'Approved' });
    expect(api.calls.redeem).toHaveLength(1);

    const other = api.addCard(fakeCode(8));
    await user.click(screen.getByRole('button', { name: 'Next customer' }));
    await enterCode(user, other);
    await user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Full balance' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Full balance' }));
    await user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await screen.findByRole('heading', { name: 'Approved' });
    expect(new Set(api.calls.redeem.map((call) => call.tenderId)).size).toBe(2);
  });

  it('Retry after an unreachable backend resends the same tender id', async () => {
    const { user, api } = await lookUp(5_000);
    api.failNext('redeem', { code: 'backend_unreachable', message: 'down' });
    await user.click(screen.getByRole('button', { name: 'Full balance' }));
    await user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    await screen.findByRole('heading', { name: 'Approved' });
    const [first, second] = api.calls.redeem;
    expect(second?.tenderId).toBe(first?.tenderId);
  });
});

describe('answers that arrive too late', () => {
  it('drops a lookup answer that arrives after the session ended', async () => {
    const { user, api } = await renderApp();
    const code = api.addCard(fakeCode(9));
    const release = api.hold('lookupCard');
    await enterCode(user, code);
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveProperty('disabled', true);
    api.emit('status', { ...api.status, session: null });
    await screen.findByRole('heading', { name: 'Sign in' });
    await user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), '1001');
    await user.type(screen.getByLabelText('PIN'), '1234{Enter}');
    await screen.findByRole('heading', { name: 'Redeem gift card' });
    release();
    // Typing takes many turns of the event loop: the late answer has landed by the time it is done.
    await user.type(screen.getByRole('textbox', { name: 'Card code' }), 'AS25');
    expect(screen.queryByRole('heading', { name: 'Card found' })).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Card code' }) as HTMLInputElement).value).toBe('AS25');
  });
});

describe('resetAppStore', () => {
  it('returns a used store to a freshly started terminal', async () => {
    const { user, api, store } = await lookUp(5_000);
    await user.click(screen.getByRole('button', { name: 'Full balance' }));
    expect(store.getState().step).toBe('confirm');
    expect(api.calls.redeem).toHaveLength(0);
    resetAppStore(store);
    const state = store.getState();
    expect([state.step, state.session, state.card, state.tenderId, state.connection]).toEqual([
      'entry',
      null,
      null,
      null,
      'unknown',
    ]);
  });
});

describe('tender focus', () => {
  it('puts the cursor in the amount field when Amount is chosen, and again after Back', async () => {
    const { user } = await lookUp(5_000);
    await user.click(screen.getByRole('button', { name: 'Amount' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Amount' }));
    await user.keyboard('7{Enter}');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Amount' }));
    expect((document.activeElement as HTMLInputElement).value).toBe('0.07');
    await user.click(screen.getByRole('button', { name: 'Amount' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Amount' }));
  });
});
