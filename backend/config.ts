/** Settings of one backend instance. Environment variables win; tests pass their own values. */
import { chainKey } from './ledger/chain.js';

export interface EntryLockLimits {
  /** Failed lookups (not found or malformed) one terminal may make within windowMs. */
  perTerminal: number;
  /** Failed lookups all terminals of one store may make within windowMs. */
  perStore: number;
  windowMs: number;
  /** How long code entry stays locked once a limit is reached, unless a manager unlocks. */
  lockMs: number;
}

export interface PinLockLimits {
  /** Wrong PINs in a row before the staff member is locked out. */
  maxFailures: number;
  lockMs: number;
}

export interface PairingLimits {
  /** How long a pairing code can be used after a manager made it. */
  codeTtlMs: number;
  /** Wrong pairing codes one caller (IP address) may send within windowMs. */
  perClient: number;
  /** Wrong pairing codes all callers together may send within windowMs. */
  overall: number;
  windowMs: number;
  /** How long pairing stays refused once a limit is reached. */
  lockMs: number;
}

export interface BackendConfig {
  /** HMAC key for card codes and request hashes; the same on every instance of a chain. */
  serverKey: Buffer;
  /** Key of the ledger's hash chain, derived from the server key (ledger/chain.ts). */
  chainKey: Buffer;
  sessionTtlMs: number;
  entryLock: EntryLockLimits;
  pinLock: PinLockLimits;
  pairing: PairingLimits;
  bodyLimitBytes: number;
  /**
   * How long an accepted terminal key or session is trusted without asking the database again
   * (auth/credentials-cache.ts): a key revoked or a staff member disabled elsewhere stops working
   * within it. 0 turns the cache off.
   */
  credentialsCacheTtlMs: number;
  /**
   * Test-only fault injection. 'exit-after-commit' ends the process right after a redemption
   * commits and before its response is sent, so crash recovery can be tested on a real process.
   */
  fault: 'exit-after-commit' | null;
}

export const DEFAULT_CONFIG: Omit<BackendConfig, 'serverKey' | 'chainKey'> = {
  sessionTtlMs: 12 * 60 * 60 * 1000,
  entryLock: { perTerminal: 5, perStore: 20, windowMs: 10 * 60 * 1000, lockMs: 5 * 60 * 1000 },
  pinLock: { maxFailures: 5, lockMs: 5 * 60 * 1000 },
  pairing: { codeTtlMs: 15 * 60 * 1000, perClient: 5, overall: 50, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 },
  bodyLimitBytes: 16 * 1024,
  credentialsCacheTtlMs: 2_000,
  fault: null,
};

export function makeConfig(serverKey: Buffer, overrides: Partial<BackendConfig> = {}): BackendConfig {
  return { ...DEFAULT_CONFIG, serverKey, chainKey: chainKey(serverKey), ...overrides };
}

export function faultFromEnv(value: string | undefined): BackendConfig['fault'] {
  return value === 'exit-after-commit' ? value : null;
}
