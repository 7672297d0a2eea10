import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/i18n/index.js';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store.js';
import { publishCustomerViews } from '../../../renderer/store/customer-view-publisher.js';
import { customerViewOf } from '../../../renderer/store/customer-view.js';
import type { TenderKind } from '../../../renderer/store/tender.js';
import {
  customerDisplayUrl,
  customerViewSchema,
  isCustomerDisplayRoute,
  type CustomerView,
} from '../../../shared/customer-display.js';
import { parseMethodInput } from '../../../shared/terminal-api.js';
import {
  FAKE_CASHIER,
  FAKE_STORE,
  createFakeTerminalApi,
  fakeCode,
  type FakeTerminalApi,
} from '../../fixtures/fake-terminal-api.js';

const CODE = fakeCode(3);
const LAST4 = CODE.slice(-4);
const shown = { storeName: FAKE_STORE.name, locale: FAKE_STORE.locale, language: 'en' as const };

async function signedInStore(card: { balanceMinor: number; status?: 'active' | 'frozen' } = { balanceMinor: 5_000 }) {
  const api = createFakeTerminalApi();
  api.addCard(CODE, card);
  const store = createAppStore(api);
  publishCustomerViews(store, api);
  await store.getState().signIn(FAKE_CASHIER.id, FAKE_CASHIER.pin);
  return { api, store };
}

async function lookUp(store: AppStore) {
  store.getState().setCodeInput(CODE);
  await store.getState().submitCode();
}

async function redeem(store: AppStore, kind: TenderKind, amount = '') {
  await lookUp(store);
  store.getState().chooseTenderKind(kind);
  store.getState().setAmountInput(amount);
  store.getState().submitTender();
  await store.getState().confirmRedeem();
}

/** Everything published, as the host received it. */
const published = (api: FakeTerminalApi): CustomerView[] => api.calls.publishCustomerView as CustomerView[];

afterEach(() => i18n.changeLanguage('en'));

describe('customer view: derived from the cashier state', () => {
  it('shows a welcome, then the looked-up balance, then the amount being redeemed', async () => {
    const { api, store } = await signedInStore();
    await lookUp(store);
    store.getState().submitTender();
    expect(published(api)).toEqual([
      { kind: 'idle', storeName: null, locale: 'en-US', language: 'en' },
      { kind: 'idle', ...shown },
      { kind: 'balance', ...shown, last4: LAST4, currency: 'USD', balanceMinor: 5_000 },
      { kind: 'confirm', ...shown, last4: LAST4, currency: 'USD', amountMinor: 5_000 },
    ]);
  });

  it('full balance: redeemed all of it, nothing remains, nothing still due', async () => {
    const { api, store } = await signedInStore();
    await redeem(store, 'full');
    expect(published(api).at(-1)).toEqual({
      kind: 'approved',
      ...shown,
      last4: LAST4,
      currency: 'USD',
      amountMinor: 5_000,
      balanceAfterMinor: 0,
      stillDueMinor: null,
    });
  });

  it('an amount: redeemed that amount, the rest remains on the card', async () => {
    const { api, store } = await signedInStore();
    await redeem(store, 'amount', '12.34');
    expect(published(api).at(-1)).toMatchObject({ kind: 'approved', amountMinor: 1_234, balanceAfterMinor: 3_766 });
    expect(published(api).at(-1)).toMatchObject({ stillDueMinor: null });
  });

  it('a sale total above the balance: the card pays its balance and the rest is still due', async () => {
    const { api, store } = await signedInStore({ balanceMinor: 2_500 });
    await redeem(store, 'sale', '40.00');
    expect(published(api).at(-1)).toMatchObject({
      kind: 'approved',
      amountMinor: 2_500,
      balanceAfterMinor: 0,
      stillDueMinor: 1_500,
    });
  });

  it('a sale total below the balance: the card pays it all and keeps the rest', async () => {
    const { api, store } = await signedInStore({ balanceMinor: 2_500 });
    await redeem(store, 'sale', '10.00');
    expect(published(api).at(-1)).toMatchObject({ amountMinor: 1_000, balanceAfterMinor: 1_500, stillDueMinor: null });
  });

  it('speaks the terminal language: a manager switching it switches the display at once', async () => {
    const { api, store } = await signedInStore();
    await lookUp(store);
    expect(published(api).at(-1)).toMatchObject({ kind: 'balance', language: 'en' });
    await i18n.changeLanguage('es');
    expect(published(api).at(-1)).toMatchObject({ kind: 'balance', language: 'es', balanceMinor: 5_000 });
  });

  it('Next customer goes back to the welcome', async () => {
    const { api, store } = await signedInStore();
    await redeem(store, 'full');
    store.getState().nextCustomer();
    expect(published(api).at(-1)).toEqual({ kind: 'idle', ...shown });
  });

  it('a card that cannot pay here is declined in plain words, never with its reason', async () => {
    const { api, store } = await signedInStore({ balanceMinor: 5_000, status: 'frozen' });
    await lookUp(store);
    expect(published(api).at(-1)).toEqual({ kind: 'notice', ...shown, notice: 'declined' });
  });

  it('an unknown outcome asks the customer to wait; it is never shown as a decline', async () => {
    const { api, store } = await signedInStore();
    api.failNext('redeem', { code: 'outcome_unknown', message: 'no answer' });
    await redeem(store, 'full');
    expect(published(api).at(-1)).toEqual({ kind: 'notice', ...shown, notice: 'wait' });
    api.failNext('redeem', { code: 'backend_unreachable', message: 'offline' });
    await store.getState().retry();
    expect(published(api).at(-1)).toEqual({ kind: 'notice', ...shown, notice: 'wait' });
  });

  it('while the host is checking a lost answer, the customer waits', () => {
    const base = { ...idleSource(), step: 'confirm' as const, checking: true };
    expect(customerViewOf(base)).toMatchObject({ kind: 'notice', notice: 'wait' });
  });

  it('the shift report, settings or a signed-out terminal show the welcome, whatever the flow held', async () => {
    const { api, store } = await signedInStore();
    await lookUp(store);
    store.setState({ view: 'shift' });
    expect(published(api).at(-1)).toEqual({ kind: 'idle', ...shown });
    expect(customerViewOf({ ...store.getState(), view: 'redeem', session: null })).toEqual({
      kind: 'idle',
      storeName: null,
      locale: 'en-US',
      language: 'en',
    });
  });

  it('publishes a change only: typing the code sends nothing', async () => {
    const { api, store } = await signedInStore();
    const before = published(api).length;
    for (let length = 1; length <= CODE.length; length++) store.getState().setCodeInput(CODE.slice(0, length));
    expect(published(api)).toHaveLength(before);
  });

  it('never carries more of the code than its last four, nor the PIN or the cashier', async () => {
    const { api, store } = await signedInStore({ balanceMinor: 2_500 });
    store.getState().setCodeInput(CODE);
    await redeem(store, 'sale', '40.00');
    const everything = JSON.stringify(published(api));
    expect(everything).toContain(LAST4);
    for (let start = 0; start + 5 <= CODE.length; start++)
      expect(everything).not.toContain(CODE.slice(start, start + 5));
    expect(everything).not.toContain(FAKE_CASHIER.pin);
    expect(everything).not.toContain(FAKE_CASHIER.name);
    for (const view of published(api)) expect(customerViewSchema.safeParse(view).success).toBe(true);
  });

  it('a last four that is not four code characters is left out rather than shown', () => {
    const source = { ...idleSource(), step: 'card' as const, card: { ...cardOf(5_000), last4: 'ab-12345' } };
    expect(customerViewOf(source)).toMatchObject({ kind: 'balance', last4: '2345' });
    expect(customerViewOf({ ...source, card: { ...cardOf(5_000), last4: 'é1' } })).toMatchObject({ last4: null });
  });
});

describe('customer view: the contract refuses anything else', () => {
  it('rejects a view with an extra field, a longer card code or a negative balance', () => {
    const balance = { kind: 'balance', ...shown, last4: LAST4, currency: 'USD', balanceMinor: 100 };
    expect(parseMethodInput('publishCustomerView', balance).ok).toBe(true);
    expect(parseMethodInput('publishCustomerView', { ...balance, code: CODE }).ok).toBe(false);
    expect(parseMethodInput('publishCustomerView', { ...balance, last4: CODE }).ok).toBe(false);
    expect(parseMethodInput('publishCustomerView', { ...balance, balanceMinor: -1 }).ok).toBe(false);
    expect(parseMethodInput('publishCustomerView', { kind: 'idle', ...shown, cashier: 'Casey' }).ok).toBe(false);
  });

  it('routes #/customer next to the launch token', () => {
    const url = customerDisplayUrl('http://127.0.0.1:4000/#token=abc');
    expect(url).toBe('http://127.0.0.1:4000/#/customer&token=abc');
    expect(isCustomerDisplayRoute(new URL(url).hash)).toBe(true);
    expect(new URLSearchParams(new URL(url).hash.slice(1)).get('token')).toBe('abc');
    expect(customerDisplayUrl('app://tillcard/index.html')).toBe('app://tillcard/index.html#/customer');
    // A browser-mode launch address: spending its token leads to the customer display.
    expect(customerDisplayUrl('http://127.0.0.1:4000/launch?token=abc')).toBe(
      'http://127.0.0.1:4000/launch?token=abc&to=customer',
    );
    expect(isCustomerDisplayRoute('#token=abc')).toBe(false);
  });
});

function cardOf(balanceMinor: number) {
  return {
    last4: LAST4,
    status: 'active' as const,
    currency: 'USD',
    region: 'US',
    balanceMinor,
    expiresAt: null,
    lastActivityAt: null,
    frozenReason: null,
  };
}

function idleSource(): Parameters<typeof customerViewOf>[0] {
  const store = createAppStore(createFakeTerminalApi());
  return { ...store.getState(), session: createFakeTerminalApi({ signedIn: true }).status.session };
}

describe('the customer display after a card is sold', () => {
  it('shows the new card’s balance by its last four, as the backend answered', async () => {
    const api = createFakeTerminalApi();
    api.addCard(CODE, { status: 'inactive', balanceMinor: 0 });
    const store = createAppStore(api);
    await store.getState().signIn(FAKE_CASHIER.id, FAKE_CASHIER.pin);
    store.getState().setMode('sell');
    store.getState().setCodeInput(CODE);
    await store.getState().submitCode();
    expect(customerViewOf(store.getState())).toEqual({ kind: 'idle', ...shown });
    store.getState().setAmountInput('2500');
    await store.getState().confirmSale();
    expect(customerViewOf(store.getState())).toEqual({
      kind: 'balance',
      ...shown,
      last4: LAST4,
      currency: 'USD',
      balanceMinor: 2500,
    });
  });
});
