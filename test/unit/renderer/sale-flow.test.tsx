import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '../../../renderer/i18n/index.js';
import { maskCode } from '../../../shared/claim-code.js';
import { fakeCode, FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

type App = Awaited<ReturnType<typeof renderApp>>;

async function approve(app: App, submit: string) {
  const dialog = screen.getByRole('dialog');
  await app.user.type(within(dialog).getByRole('textbox', { name: 'Manager ID' }), FAKE_MANAGER.id);
  await app.user.type(within(dialog).getByLabelText('Manager PIN'), FAKE_MANAGER.pin);
  await app.user.click(within(dialog).getByRole('button', { name: submit }));
}

async function typeAmount(app: App, digits: string) {
  const field = screen.getByRole('textbox', { name: 'Amount' });
  await app.user.clear(field);
  await app.user.type(field, digits);
}

describe('selling and crediting gift cards at the till', { timeout: 20_000 }, () => {
  it('sells a card of the stock: code, amount cents first, Confirm, then the balance and the last four only', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(21), { status: 'inactive', balanceMinor: 0 });
    await app.user.keyboard('{F3}');
    expect(screen.getByRole('tab', { name: /Sell card/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Sell gift card' })).toBeTruthy();
    await enterCode(app.user, code);
    expect(await screen.findByRole('heading', { name: `Sell card ${maskCode(code)}` })).toBeTruthy();
    expect(screen.getByText(/From \$5\.00 to \$500\.00/)).toBeTruthy();
    for (const key of ['2', '5', '0', '0']) await app.user.click(screen.getByRole('button', { name: key }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Amount' }).value).toBe('25.00');
    await app.user.click(screen.getByRole('button', { name: /Activate card/ }));
    expect(await screen.findByRole('heading', { name: 'Card activated — balance $25.00' })).toBeTruthy();
    expect(app.api.calls.activateCard.at(-1)).toMatchObject({ code, amountMinor: 2500, currency: 'USD' });
    expect(document.body.textContent).toContain(maskCode(code));
    expect(document.body.textContent).not.toContain(code);
  });

  it('keeps an amount outside the store limits on the screen, with the limits, and sends nothing', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(22), { status: 'inactive', balanceMinor: 0 });
    await app.user.click(screen.getByRole('tab', { name: /Sell card/ }));
    await enterCode(app.user, code);
    await typeAmount(app, '100000');
    await app.user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Amount outside the limits');
    expect(alert.textContent).toContain('Allowed: $5.00 to $500.00');
    expect(app.api.calls.activateCard).toHaveLength(0);
  });

  it('says an already active card was sold before, in its own words', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(23), { status: 'active', balanceMinor: 1_000 });
    await app.user.click(screen.getByRole('tab', { name: /Sell card/ }));
    await enterCode(app.user, code);
    await typeAmount(app, '2000');
    await app.user.keyboard('{F9}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Card already active');
    expect(alert.textContent).toContain('Take another card from the stock');
  });

  it('lets a manager activate a card found not activated, with the receipt amount and a reason', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(24), { status: 'inactive', balanceMinor: 0 });
    await enterCode(app.user, code);
    expect(await screen.findByRole('heading', { name: 'Card not activated' })).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Activate card' }));
    await typeAmount(app, '3000');
    await app.user.click(screen.getByRole('button', { name: /Activate with manager PIN/ }));
    expect(screen.getByRole('heading', { name: `Activate card ${maskCode(code)} with $30.00` })).toBeTruthy();
    await approve(app, 'Approve activation');
    expect(await screen.findByRole('heading', { name: 'Card activated — balance $30.00' })).toBeTruthy();
    expect(app.api.calls.activateCard.at(-1)).toMatchObject({
      code,
      amountMinor: 3000,
      approval: { managerId: FAKE_MANAGER.id, reason: 'Not activated at purchase' },
    });
    await app.user.click(screen.getByRole('button', { name: 'Redeem this card' }));
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();
  });

  it('offers Add money only where the store reloads cards', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(25), { balanceMinor: 1_000 });
    await enterCode(app.user, code);
    await screen.findByRole('heading', { name: 'Card found' });
    expect(screen.queryByRole('button', { name: 'Add money' })).toBeNull();

    app.api.sales.reloadAllowed = true;
    await app.store.getState().loadSaleSettings();
    await app.user.click(await screen.findByRole('button', { name: 'Add money' }));
    expect(screen.getByText(/Balance now: \$10\.00/)).toBeTruthy();
    await typeAmount(app, '1500');
    await app.user.click(screen.getByRole('button', { name: /^Add money/ }));
    expect(await screen.findByRole('heading', { name: 'Money added — balance $25.00' })).toBeTruthy();
  });

  it('refunds a return to a card behind the manager PIN', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(26), { status: 'inactive', balanceMinor: 0 });
    await app.user.click(screen.getByRole('tab', { name: 'Refund to card' }));
    await enterCode(app.user, code);
    await typeAmount(app, '1299');
    await app.user.click(screen.getByRole('button', { name: /Refund with manager PIN/ }));
    await approve(app, 'Approve refund');
    expect(await screen.findByRole('heading', { name: 'Refund credited — balance $12.99' })).toBeTruthy();
    expect(app.api.calls.refundToCard.at(-1)).toMatchObject({ amountMinor: 1299, managerId: FAKE_MANAGER.id });
  });

  it('after a lost answer sends the very same sale again, never a second one', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(27), { status: 'inactive', balanceMinor: 0 });
    await app.user.click(screen.getByRole('tab', { name: /Sell card/ }));
    await enterCode(app.user, code);
    await typeAmount(app, '2000');
    app.api.failNext('activateCard', { code: 'backend_unreachable', message: 'down' });
    await app.user.keyboard('{F9}');
    expect((await screen.findByRole('alert')).textContent).toContain('the card cannot be credited twice');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await app.user.click(screen.getByRole('button', { name: /Try again/ }));
    await screen.findByRole('heading', { name: 'Card activated — balance $20.00' });
    const [first, second] = app.api.calls.activateCard;
    expect(second?.saleId).toBe(first?.saleId);
  });
});

describe('selling a gift card in Spanish', { timeout: 20_000 }, () => {
  afterEach(() => applyLanguage('en'));

  it('names the tab, the step, the limits, the refusal and the result in Spanish', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(28), { status: 'inactive', balanceMinor: 0 });
    await applyLanguage('es');
    await app.user.click(await screen.findByRole('tab', { name: /Vender tarjeta/ }));
    expect(screen.getByRole('heading', { name: 'Vender tarjeta regalo' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Reembolsar a tarjeta' })).toBeTruthy();
    await enterCode(app.user, code, 'Código de la tarjeta');
    expect(await screen.findByRole('heading', { name: `Vender la tarjeta ${maskCode(code)}` })).toBeTruthy();
    await app.user.type(screen.getByRole('textbox', { name: 'Importe' }), '1');
    await app.user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Importe fuera de los límites');
    expect(alert.textContent).toContain('Permitido: de');
    await app.user.clear(screen.getByRole('textbox', { name: 'Importe' }));
    await app.user.type(screen.getByRole('textbox', { name: 'Importe' }), '2000');
    await app.user.click(screen.getByRole('button', { name: /Activar tarjeta/ }));
    expect(await screen.findByRole('heading', { name: /^Tarjeta activada — saldo / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vender otra tarjeta' })).toBeTruthy();
  });
});

describe('a card that is not the store’s to sell', { timeout: 20_000 }, () => {
  it('says a card of another store, region or currency cannot take money here', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(29), { status: 'inactive', balanceMinor: 0, currency: 'EUR' });
    await app.user.click(screen.getByRole('tab', { name: /Sell card/ }));
    await enterCode(app.user, code);
    await typeAmount(app, '2000');
    app.api.failNext('activateCard', { code: 'card_not_in_stock', message: "not of this store's currency" });
    await app.user.keyboard('{F9}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Card not in stock');
    expect(alert.textContent).toContain('a card of another store, region or currency cannot take money here');
    // A decline is final: a new try is a new sale with its own id.
    app.api.failNext('activateCard', { code: 'card_not_in_stock', message: 'again' });
    await app.user.keyboard('{F9}');
    const [first, second] = app.api.calls.activateCard;
    expect(second?.saleId).not.toBe(first?.saleId);
  });
});
