/** Protocol-v1 answers shaped like the backend's, for tests of the terminal host. */
import type { Redemption, SignInResponse } from '../../../shared/backend-api.js';
import { codeFromRandom } from '../../../shared/claim-code.js';

/** A code that passes the check character, made the way the backend makes them. */
export const TEST_CODE = codeFromRandom([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7]);
export const TERMINAL_KEY = 'tk_test_0123456789abcdef';
export const SESSION_TOKEN = 'st_test_fedcba9876543210';

export function signInAnswer(): SignInResponse {
  return {
    token: SESSION_TOKEN,
    cashier: { id: 'cashier-1', name: 'Casey Cashier', role: 'cashier' },
    shift: {
      id: 'shift-1',
      storeId: 'store-1',
      terminalId: 'terminal-1',
      cashierId: 'cashier-1',
      status: 'open',
      openedAt: '2026-11-22T00:00:00.000Z',
      closedAt: null,
    },
    store: {
      id: 'store-1',
      name: 'Demo Store',
      address: '1 Main St',
      region: 'US',
      currency: 'USD',
      timezone: 'America/New_York',
      locale: 'en-US',
    },
    terminal: { id: 'terminal-1', name: 'Till 1' },
    expiresAt: '2026-11-22T12:00:00.000Z',
  };
}

export function redemptionAnswer(idempotencyKey: string, amountMinor = 1250): { redemption: Redemption } {
  return {
    redemption: {
      id: `red-${idempotencyKey.slice(0, 8)}`,
      idempotencyKey,
      amountMinor,
      balanceBeforeMinor: 5000,
      balanceAfterMinor: 5000 - amountMinor,
      currency: 'USD',
      card: { last4: TEST_CODE.slice(-4) },
      storeId: 'store-1',
      terminalId: 'terminal-1',
      cashierId: 'cashier-1',
      shiftId: 'shift-1',
      createdAt: '2026-11-22T00:05:00.000Z',
    },
  };
}
