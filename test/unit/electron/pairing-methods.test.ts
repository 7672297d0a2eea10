import { describe, expect, it, vi } from 'vitest';
import type { BackendSettings } from '../../../shared/pairing-api.js';
import type { SessionView } from '../../../shared/terminal-api.js';
import { createPairingMethods } from '../../../electron/host/pairing/pairing-methods.js';
import type { PairingState } from '../../../electron/host/pairing/terminal-pairing.js';

const PAIRED: BackendSettings = {
  backendUrl: 'http://127.0.0.1:8787',
  keySource: 'paired',
  keyProtection: 'file',
  terminal: { id: 'trm_1', name: 'Till 1', storeName: 'Main Street' },
  pairedAt: '2026-11-22T10:00:00.000Z',
};

const managerSession = { cashier: { id: '9001', name: 'Morgan', role: 'manager' } } as SessionView;

function setUp(pendingCount: number) {
  const state: PairingState = {
    key: () => 'tk_current',
    backendUrl: () => PAIRED.backendUrl,
    view: () => PAIRED,
    adopt: vi.fn(async () => undefined),
    forget: vi.fn(async () => undefined),
  };
  const fetch = vi.fn<typeof globalThis.fetch>();
  const methods = createPairingMethods({
    state,
    fetch,
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as never,
    now: () => new Date('2026-11-22T12:00:00.000Z'),
    session: () => managerSession,
    sessionToken: () => 'token',
    pendingCount: () => pendingCount,
    signOut: vi.fn(async () => undefined),
    onChange: vi.fn(),
  });
  return { state, fetch, methods };
}

describe('pairing methods while a redemption’s outcome is unknown', () => {
  it('keep the key: neither unpair nor re-pair runs, and the backend is not asked', async () => {
    const { state, fetch, methods } = setUp(1);
    expect(await methods.unpairTerminal({})).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    expect(await methods.pairTerminal({ backendUrl: PAIRED.backendUrl, code: '7KQ2M-X9RTA' })).toMatchObject({
      ok: false,
      error: { code: 'outcome_unknown' },
    });
    expect(state.forget).not.toHaveBeenCalled();
    expect(state.adopt).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('unpair goes ahead once nothing is pending', async () => {
    const { state, methods } = setUp(0);
    expect(await methods.unpairTerminal({})).toMatchObject({ ok: true });
    expect(state.forget).toHaveBeenCalledTimes(1);
  });
});
