import { describe, expect, it } from 'vitest';
import type { Store } from '../../../shared/backend-api.js';
import type { Credentials } from '../../../backend/auth/auth.types.js';
import type { AuthTerminal } from '../../../backend/auth/auth.types.js';
import { CredentialsCache } from '../../../backend/auth/credentials-cache.js';

const store: Store = {
  id: 'sto_1',
  name: 'Main Street',
  address: '1 Main Street',
  region: 'US',
  currency: 'USD',
  timezone: 'America/New_York',
  locale: 'en-US',
};
const terminal: AuthTerminal = { id: 'trm_1', name: 'Till 1', store };
const session = {
  tokenHash: 'token-hash',
  staffId: 'stf_1',
  staffName: 'Casey',
  role: 'cashier' as const,
  shiftId: 'shf_1',
  expiresAt: '2030-01-01T00:00:00.000Z',
};
const signedIn: Credentials = { terminal, session: { kind: 'found', session } };
const terminalOnly: Credentials = { terminal, session: { kind: 'unknown' } };

function cacheAt(ttlMs: number): { cache: CredentialsCache; advance: (ms: number) => void } {
  let nowMs = 1_000;
  return { cache: new CredentialsCache(ttlMs, () => nowMs), advance: (ms) => (nowMs += ms) };
}

describe('credentials cache', () => {
  it('answers accepted credentials until the TTL ends, then asks the database again', () => {
    const { cache, advance } = cacheAt(2_000);
    cache.set('key-hash', 'token-hash', signedIn);
    cache.set('key-hash', null, terminalOnly);
    advance(1_999);
    expect(cache.get('key-hash', 'token-hash')).toBe(signedIn);
    expect(cache.get('key-hash', null)).toBe(terminalOnly);
    advance(1);
    expect(cache.get('key-hash', 'token-hash')).toBeUndefined();
    expect(cache.get('key-hash', null)).toBeUndefined();
  });

  it('never keeps a refused key or an unknown or expired session', () => {
    const { cache } = cacheAt(2_000);
    cache.set('bad-key', null, { terminal: undefined, session: { kind: 'unknown' } });
    cache.set('key-hash', 'unknown-token', terminalOnly);
    cache.set('key-hash', 'old-token', { terminal, session: { kind: 'expired' } });
    expect(cache.get('bad-key', null)).toBeUndefined();
    expect(cache.get('key-hash', 'unknown-token')).toBeUndefined();
    expect(cache.get('key-hash', 'old-token')).toBeUndefined();
  });

  it('forgets a signed-out session at once and keeps the terminal', () => {
    const { cache } = cacheAt(2_000);
    cache.set('key-hash', 'token-hash', signedIn);
    cache.set('key-hash', null, terminalOnly);
    cache.forgetSession('token-hash');
    expect(cache.get('key-hash', 'token-hash')).toBeUndefined();
    expect(cache.get('key-hash', null)).toBe(terminalOnly);
  });

  it('keeps nothing when its TTL is 0', () => {
    const { cache } = cacheAt(0);
    cache.set('key-hash', null, terminalOnly);
    expect(cache.get('key-hash', null)).toBeUndefined();
  });
});
