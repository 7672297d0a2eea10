/**
 * Printing outside the approved screen: the receipt of a redemption approved after a lost answer
 * (from the status bar's list), receipts that wait for the printer after a restart (with Retry
 * printing), and Save as PDF naming the file it wrote.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../shared/terminal-api.js';
import { fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from '../renderer/render-app.js';
import { redemption } from './receipt-fixtures.js';

const approvedAfterCheck: Outcome = {
  tenderId: '3f1c1a52-2a53-4d5b-9d0a-2f3c4b5a6d7e',
  last4: 'ZCP5',
  amountMinor: 1_234,
  currency: 'USD',
  state: 'applied',
  redemption: redemption({ id: 'rdm_recovered' }),
  at: '2026-11-22T15:30:00.000Z',
};

describe('a redemption approved after the check', () => {
  it('has a Print receipt button in the list of checked redemptions, which prints that redemption', async () => {
    const { api, store, user } = await renderApp();
    act(() =>
      store.getState().applyStatus({ ...api.status, outcomes: { pending: [], resolved: [approvedAfterCheck] } }),
    );
    const list = await screen.findByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
    await user.click(within(list).getByRole('button', { name: 'Print receipt for •••• ZCP5' }));
    await waitFor(() => expect(api.printer.printed).toEqual(['receipt:rdm_recovered']));
  });

  it('keeps the newest in the status bar and prints an earlier one from "earlier checks"', async () => {
    const { api, store, user } = await renderApp();
    const approved = (last4: string, minute: number): Outcome => ({
      ...approvedAfterCheck,
      tenderId: `tender-${last4}`,
      last4,
      redemption: redemption({ id: `rdm_${last4}` }),
      at: `2026-11-22T15:${minute}:00.000Z`,
    });
    const resolved = [approved('AAA1', 30), approved('BBB2', 31), approved('CCC3', 32)];
    act(() => store.getState().applyStatus({ ...api.status, outcomes: { pending: [], resolved } }));
    const list = await screen.findByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^•••• CCC3 · /)]);
    await user.click(screen.getByRole('button', { name: '2 earlier checks' }));
    const dialog = screen.getByRole('dialog', { name: 'Checked after a lost answer' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.slice(0, 9)),
    ).toEqual(['•••• CCC3', '•••• BBB2', '•••• AAA1']);
    await user.click(within(dialog).getByRole('button', { name: 'Print receipt for •••• AAA1' }));
    await waitFor(() => expect(api.printer.printed).toEqual(['receipt:rdm_AAA1']));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '2 earlier checks' }));
  });

  it('offers no receipt for a redemption that was not charged', async () => {
    const { api, store } = await renderApp();
    const reversed: Outcome = { ...approvedAfterCheck, state: 'reversed', redemption: undefined };
    act(() => store.getState().applyStatus({ ...api.status, outcomes: { pending: [], resolved: [reversed] } }));
    const list = await screen.findByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
    expect(within(list).getByText(/Not charged/)).toBeTruthy();
    expect(within(list).queryByRole('button')).toBeNull();
  });
});

describe('a sale settled after the check', () => {
  const activationAfterCheck: Outcome = {
    tenderId: '7d2e9b10-4c3a-4f1e-8a6b-1c2d3e4f5a6b',
    last4: 'ZCP5',
    amountMinor: 5_000,
    currency: 'USD',
    state: 'applied',
    kind: 'activate',
    sale: {
      ...redemption({ id: 'act_recovered' }),
      kind: 'activate',
      amountMinor: 5_000,
      balanceAfterMinor: 5_000,
      managerId: null,
      reason: null,
    },
    at: '2026-11-22T15:31:00.000Z',
  };

  it('says the card was credited, and prints that sale’s receipt', async () => {
    const { api, store, user } = await renderApp();
    act(() =>
      store.getState().applyStatus({ ...api.status, outcomes: { pending: [], resolved: [activationAfterCheck] } }),
    );
    const list = await screen.findByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
    expect(within(list).getByText(/\$50\.00 · Credited — approved/)).toBeTruthy();
    expect(within(list).queryByText(/Charged/)).toBeNull();
    await user.click(within(list).getByRole('button', { name: 'Print receipt for •••• ZCP5' }));
    await waitFor(() => expect(api.printer.printed).toEqual(['sale:act_recovered']));
  });

  it('says a sale that never reached the card was not credited, with no receipt', async () => {
    const { api, store } = await renderApp();
    const reversed: Outcome = { ...activationAfterCheck, state: 'reversed', sale: undefined };
    act(() => store.getState().applyStatus({ ...api.status, outcomes: { pending: [], resolved: [reversed] } }));
    const list = await screen.findByRole('list', { name: 'Redemptions and sales checked after a lost answer' });
    expect(within(list).getByText(/Not credited/)).toBeTruthy();
    expect(within(list).queryByRole('button')).toBeNull();
  });
});

describe('receipts waiting for the printer after a restart', () => {
  it('are named in the status bar with Retry printing, which sends them', async () => {
    const { api, store, user } = await renderApp();
    api.printer.status = { ...api.printer.status, condition: 'ready', queuedCount: 2 };
    await act(() => store.getState().refreshPrinter());
    const waiting = screen.getByRole('group', { name: 'Receipts waiting' });
    expect(within(waiting).getByRole('alert').textContent).toBe('2 receipts waiting for the printer');
    await user.click(within(waiting).getByRole('button', { name: 'Retry printing' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Receipts waiting' })).toBeNull());
    expect(api.printer.printed).toEqual(['retry']);
  });
});

describe('Save as PDF', () => {
  it('says where the receipt was saved', async () => {
    const app = await renderApp();
    const path = '/var/lib/tillcard/receipts/2026-11-22_15-30-00Z_rdm_0001.pdf';
    app.api.printer.status = { ...app.api.printer.status, transport: 'pdf', autoPrint: 'always', savedPdfPath: path };
    await act(() => app.store.getState().refreshPrinter());
    await enterCode(app.user, app.api.addCard(fakeCode(3), { balanceMinor: 5_000 }));
    await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    expect(await screen.findByText(`Receipt saved as PDF: ${path}`)).toBeTruthy();
  });
});
