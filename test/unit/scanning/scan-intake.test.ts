import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store.js';
import { reportDroppedScan, submitScan } from '../../../renderer/scanning/scan-intake.js';
import { FAKE_CASHIER, createFakeTerminalApi, fakeCode } from '../../fixtures/fake-terminal-api.js';

async function signedInStore() {
  const api = createFakeTerminalApi();
  const store = createAppStore(api);
  await store.getState().signIn(FAKE_CASHIER.id, FAKE_CASHIER.pin);
  expect(store.getState().session).not.toBeNull();
  return { api, store };
}

describe('submitScan', () => {
  it('refuses a product barcode with "not a gift card" and no call to the host', async () => {
    const { api, store } = await signedInStore();
    expect(submitScan(store, '4006381333931', 0)).toBe('not_gift_card');
    expect(store.getState().entryProblem).toEqual({ kind: 'not_gift_card' });
    // A scanner that names the symbology: the screen names it too.
    expect(submitScan(store, ']E04006381333931', 0)).toBe('not_gift_card');
    expect(store.getState().entryProblem).toEqual({ kind: 'not_gift_card', symbology: 'EAN/UPC' });
    expect(api.calls.lookupCard).toHaveLength(0);
  });

  it('says a dropped serial read was dropped, and looks nothing up', async () => {
    const { api, store } = await signedInStore();
    expect(reportDroppedScan(store, 2_000)).toBe('dropped');
    expect(store.getState().entryProblem).toEqual({ kind: 'scan_dropped', length: 2_000 });
    expect(api.calls.lookupCard).toHaveLength(0);
  });

  it('looks up a code from a scanner on a German keyboard layout', async () => {
    const { api, store } = await signedInStore();
    const code = api.addCard('DEM0ACT1000003Z');
    expect(submitScan(store, 'DEM0ACT1000003Y', 0, { keyboard: true })).toBe('lookup');
    await expect.poll(() => store.getState().step).toBe('card');
    expect(api.calls.lookupCard.at(-1)).toEqual({ code });
  });

  it('looks a scanned card up once when it is read twice within a second', async () => {
    const { api, store } = await signedInStore();
    const code = api.addCard(fakeCode(3));
    expect(submitScan(store, `]Q1https://cards.example.com/redeem?code=${code}`, 1_000)).toBe('lookup');
    await expect.poll(() => store.getState().step).toBe('card');
    store.getState().back();
    expect(store.getState().step).toBe('entry');

    expect(submitScan(store, code, 1_400)).toBe('repeat');
    expect(api.calls.lookupCard).toHaveLength(1);
    expect(submitScan(store, code, 2_500)).toBe('lookup');
    await expect.poll(() => api.calls.lookupCard.length).toBe(2);
  });

  it('ignores scans while nobody is signed in', () => {
    const api = createFakeTerminalApi();
    const store = createAppStore(api);
    expect(submitScan(store, fakeCode(4), 0)).toBe('not_now');
    expect(api.calls.lookupCard).toHaveLength(0);
  });
});
