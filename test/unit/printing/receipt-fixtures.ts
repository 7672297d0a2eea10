/** A store, a session context, a redemption and shift totals as the backend answers them, for receipt tests. */
import type { Redemption, Store, Totals } from '../../../shared/backend-api.js';
import type { ReceiptContext } from '../../../shared/receipt/receipt-document.js';
import type { Language } from '../../../shared/language.js';
import { emptyTotals } from '../../../backend/shifts/totals.js';

export const FULL_CODE = 'AS25NJZ1JXCZCP5';

export function store(overrides: Partial<Store> = {}): Store {
  return {
    id: 'store-1',
    name: 'Tillcard Demo Store',
    address: '1 Market Street, Springfield',
    region: 'US',
    currency: 'USD',
    timezone: 'America/New_York',
    locale: 'en-US',
    ...overrides,
  };
}

export function context(overrides: Partial<Store> = {}, language: Language = 'en'): ReceiptContext {
  return {
    store: store(overrides),
    language,
    terminalName: 'Till 1',
    cashierName: 'Casey Jones',
    footer: 'Thank you for shopping',
  };
}

export function redemption(overrides: Partial<Redemption> = {}): Redemption {
  return {
    id: 'rdm_7f3a9c2e',
    idempotencyKey: 'key-0001-abcd',
    amountMinor: 1_234,
    balanceBeforeMinor: 5_000,
    balanceAfterMinor: 3_766,
    currency: 'USD',
    card: { last4: FULL_CODE.slice(-4) },
    storeId: 'store-1',
    terminalId: 'terminal-1',
    cashierId: '1001',
    shiftId: 'shift-1',
    createdAt: '2026-11-22T15:30:00.000Z',
    ...overrides,
  };
}

/** Shift totals, all zero but what the test sets. */
export function totals(overrides: Partial<Totals> = {}): Totals {
  return { ...emptyTotals('USD'), ...overrides };
}
