import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maskCode } from '../../../shared/claim-code.js';
import { fakeCode, FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

type App = Awaited<ReturnType<typeof renderApp>>;

async function approve(app: App, submit: string, pin = FAKE_MANAGER.pin) {
  const dialog = screen.getByRole('dialog');
  await app.user.type(within(dialog).getByRole('textbox', { name: 'Manager ID' }), FAKE_MANAGER.id);
  await app.user.type(within(dialog).getByLabelText('Manager PIN'), pin);
  await app.user.click(within(dialog).getByRole('button', { name: submit }));
}

describe('manager approval at the counter', { timeout: 20_000 }, () => {
  it('voids the approved redemption: a wrong PIN is refused and cleared, the right one returns the amount', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(11), { balanceMinor: 4_000 });
    await enterCode(app.user, code);
    await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
    await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
    await screen.findByRole('heading', { name: 'Approved' });

    await app.user.click(screen.getByRole('button', { name: `Void ${maskCode(code)}` }));
    expect(screen.getByRole('heading', { name: `Void $40.00 on ${maskCode(code)}` })).toBeTruthy();
    await approve(app, 'Approve void', '1111');
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toBeTruthy();
    expect(within(screen.getByRole('dialog')).getByLabelText<HTMLInputElement>('Manager PIN').value).toBe('');

    await app.user.type(within(screen.getByRole('dialog')).getByLabelText('Manager PIN'), FAKE_MANAGER.pin);
    await app.user.click(screen.getByRole('button', { name: 'Approve void' }));
    const done = await screen.findByText(/^Voided:/);
    expect(done.textContent).toBe(`Voided: $40.00 returned to ${maskCode(code)}. New balance: $40.00`);
    expect(app.api.calls.voidRedemption.at(-1)).toMatchObject({ redemptionId: 'rdm_0001', reason: 'Cashier error' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside the dialog and Escape closes only the dialog', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(12), { balanceMinor: 1_000 });
    await app.user.click(screen.getByRole('tab', { name: 'Check balance' }));
    await enterCode(app.user, code);
    await app.user.click(await screen.findByRole('button', { name: 'Report lost or stolen' }));
    const dialog = screen.getByRole('dialog');
    for (let step = 0; step < 8; step++) {
      await app.user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await app.user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Card balance' })).toBeTruthy();
  });

  it('freezes a lost card with a reason, then moves its balance to a new card', async () => {
    const app = await renderApp();
    const lost = app.api.addCard(fakeCode(13), { balanceMinor: 2_500 });
    const replacement = app.api.addCard(fakeCode(14), { balanceMinor: 500 });
    await app.user.click(screen.getByRole('tab', { name: 'Check balance' }));
    await enterCode(app.user, lost);
    await app.user.click(await screen.findByRole('button', { name: 'Report lost or stolen' }));
    const reason = within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Reason' });
    await app.user.clear(reason);
    await app.user.type(reason, 'Stolen from customer');
    await approve(app, 'Approve freeze');
    expect(await screen.findByRole('button', { name: 'Move balance to a new card' })).toBeTruthy();
    expect(app.api.calls.freezeCard.at(-1)).toMatchObject({ code: lost, reason: 'Stolen from customer' });

    await app.user.click(screen.getByRole('button', { name: 'Move balance to a new card' }));
    await app.user.type(
      within(screen.getByRole('dialog')).getByRole('textbox', { name: 'New card code' }),
      replacement,
    );
    await approve(app, 'Approve transfer');
    const moved = await screen.findByText(/^Moved /);
    expect(moved.textContent).toBe(
      `Moved $25.00 from ${maskCode(lost)} to ${maskCode(replacement)}. New card balance: $30.00`,
    );
    expect(document.body.textContent).not.toContain(lost);
    expect(document.body.textContent).not.toContain(replacement);

    await app.user.click(screen.getByRole('button', { name: 'Print transfer receipts' }));
    await expect.poll(() => app.api.printer.printed).toEqual(['transfer:trf_1']);
  });
});

describe('unfreezing a card that was found again', { timeout: 20_000 }, () => {
  it('a manager lifts the freeze and the card shows active again', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(15), { balanceMinor: 900, status: 'frozen', frozenReason: 'lost' });
    await app.user.click(screen.getByRole('tab', { name: 'Check balance' }));
    await enterCode(app.user, code);
    await app.user.click(await screen.findByRole('button', { name: 'Unfreeze card' }));
    await approve(app, 'Approve unfreeze');
    expect(await screen.findByRole('button', { name: 'Report lost or stolen' })).toBeTruthy();
    expect(app.api.calls.unfreezeCard.at(-1)).toMatchObject({ code, reason: 'Card found by its owner' });
  });
});
