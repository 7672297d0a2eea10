import type { Credentials } from './auth.types.js';

/** Entries kept at most: beyond it the cache starts over (it only saves round trips). */
const MAX_ENTRIES = 10_000;

interface Entry {
  credentials: Credentials;
  storedAtMs: number;
}

/**
 * Verified terminal keys and sessions, remembered for a few seconds so a busy terminal's requests
 * skip the credentials query. Only accepted credentials are kept (an unknown key or token is
 * looked up every time, so a new terminal or session works at once). What another instance or
 * the admin CLI changes (a revoked key, a disabled staff member) takes effect here within ttlMs;
 * a sign-out on this instance takes effect at once (forgetSession). Session expiry is checked on
 * every use by the caller, so it is exact. Time comes from a monotonic clock: the TTL is about
 * how long a change takes to reach this instance, not about the business clock.
 */
export class CredentialsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  /** keyHash and tokenHash are hashes: no secret is held here in the clear. */
  get(keyHash: string, tokenHash: string | null): Credentials | undefined {
    const cacheKey = keyOf(keyHash, tokenHash);
    const entry = this.entries.get(cacheKey);
    if (entry === undefined) return undefined;
    if (this.nowMs() - entry.storedAtMs >= this.ttlMs) {
      this.entries.delete(cacheKey);
      return undefined;
    }
    return entry.credentials;
  }

  set(keyHash: string, tokenHash: string | null, credentials: Credentials): void {
    if (this.ttlMs <= 0 || credentials.terminal === undefined) return;
    if (tokenHash !== null && credentials.session.kind !== 'found') return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(keyOf(keyHash, tokenHash), { credentials, storedAtMs: this.nowMs() });
  }

  /** A signed-out session stops working on this instance with its next request. */
  forgetSession(tokenHash: string): void {
    for (const [cacheKey, entry] of this.entries) {
      const session = entry.credentials.session;
      if (session.kind === 'found' && session.session.tokenHash === tokenHash) this.entries.delete(cacheKey);
    }
  }
}

function keyOf(keyHash: string, tokenHash: string | null): string {
  return `${keyHash} ${tokenHash ?? ''}`;
}
