/**
 * What the counter says and does in the cases a cashier meets between two customers: a product
 * barcode typed in, a code one layout slip away from valid, a code typed on the Approved screen,
 * the service coming back, a card from elsewhere, a frozen card at lookup.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatCode, hasValidCheck, lookAlikeSuggestions } from '../../../shared/claim-code.js';
import { fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

/** A code with one Z typed as a QWERTZ keyboard would (Y), such that the code is the only fix. */
function qwertzSlip(): { code: string; wrong: string } {
  for (let seed = 1; seed < 5_000; seed++) {
    const code = fakeCode(seed);
    const index = code.slice(0, -1).indexOf('Z');
    if (index < 0) continue;
    const wrong = code.slice(0, index) + 'Y' + code.slice(index + 1);
    const fixes = lookAlikeSuggestions(wrong);
    if (fixes.length === 1 && fixes[0] === code) return { code, wrong };
  }
  throw new Error('no seed gives a code with a single QWERTZ slip');
}

/** A code whose check fails and that no single slip explains. */
function unexplained(): string {
  for (let seed = 1; seed < 5_000; seed++) {
    const code = fakeCode(seed);
    const wrong = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    if (!hasValidCheck(wrong) && lookAlikeSuggestions(wrong).length === 0) return wrong;
  }
  throw new Error('no seed gives an unexplained check failure');
}

describe('at the counter', () => {
  it('a typed product barcode is not a gift card: nothing is looked up', async () => {
    const { user, api } = await renderApp();
    await enterCode(user, '4006381333931');
    expect((await screen.findByRole('alert')).textContent).toContain('Not a gift card');
    expect(api.calls.lookupCard).toHaveLength(0);
  });

  it('a keyboard-layout slip is offered as the fix; without one, the last character is named', async () => {
    const { user, api } = await renderApp();
    const { code, wrong } = qwertzSlip();
    api.addCard(code);
    await enterCode(user, wrong);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Did you mean ${formatCode(code)}?`);
    expect(api.calls.lookupCard).toHaveLength(0);
    await user.click(within(alert).getByRole('button', { name: 'Use suggested code' }));
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Next customer/ }));
    await enterCode(user, unexplained());
    const noFix = await screen.findByRole('alert');
    expect(noFix.textContent).toContain('The last character does not match the rest of the code');
    expect(within(noFix).queryByRole('button', { name: 'Use suggested code' })).toBeNull();
    expect(api.calls.lookupCard).toHaveLength(1);
  });

  it('a code typed on the Approved screen starts the next customer; an empty Enter does nothing', async () => {
    const { user, api } = await renderApp();
    const first = api.addCard(fakeCode(11), { balanceMinor: 1_000 });
    const second = api.addCard(fakeCode(12), { balanceMinor: 2_000 });
    await enterCode(user, first);
    await user.click(await screen.findByRole('button', { name: /Full balance/ }));
    await user.click(screen.getByRole('button', { name: /Confirm redemption/ }));
    await screen.findByRole('heading', { name: 'Approved' });
    const field = screen.getByRole('textbox', { name: 'Card code' });
    expect(document.activeElement).toBe(field);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Approved' })).toBeTruthy();

    await user.type(field, `${second}{Enter}`);
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();
    expect(api.calls.lookupCard.at(-1)).toEqual({ code: second });
  });

  it('after "Cannot reach the gift-card service", says when the service is back and focuses Retry', async () => {
    const { user, api } = await renderApp();
    const code = api.addCard(fakeCode(13));
    api.failNext('lookupCard', { code: 'backend_unreachable', message: 'down' });
    await enterCode(user, code);
    expect(await screen.findByRole('heading', { name: 'Cannot reach the gift-card service' })).toBeTruthy();
    act(() => api.emit('connection', 'offline'));
    act(() => api.emit('connection', 'online'));
    expect(await screen.findByRole('heading', { name: 'Service is back — press Retry' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Retry/ }));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();
  });

  it('a card from another region says where it is from and what it holds, in words', async () => {
    const { user, api } = await renderApp();
    const code = api.addCard(fakeCode(14), { region: 'CA', currency: 'CAD' });
    await enterCode(user, code);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Card region: Canada (CA)');
    expect(alert.textContent).toContain('Card currency: Canadian dollars (CAD)');
  });

  it('a card found frozen offers Unfreeze and Move balance right on the card screen', async () => {
    const { user, api } = await renderApp();
    const code = api.addCard(fakeCode(15), { status: 'frozen', balanceMinor: 3_000, frozenReason: 'reported stolen' });
    await enterCode(user, code);
    expect(await screen.findByRole('heading', { name: 'Card frozen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unfreeze card' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move balance to a new card' })).toBeTruthy();
  });
});
