/** Settings of one backend instance. Environment variables win; tests pass their own values. */
import { chainKey } from './ledger/chain.js';
import type { ThrottlePolicy } from './throttle/throttle-policy.js';

export interface StoreAlertLimits {
  /** Failed code lookups across all terminals of a store, within windowMs, that raise an alert. */
  lookupFailures: number;
  /** Wrong staff PINs (sign-in and approvals) across a store, within windowMs, that raise an alert. */
  pinFailures: number;
  windowMs: number;
}

/** docs/security.md explains these numbers. */
export interface ThrottleLimits {
  /** Failed code lookups, counted per terminal and per cashier. */
  entry: ThrottlePolicy;
  /** Wrong PINs, counted per (terminal, staff member) for sign-in and for approvals apart. */
  pin: ThrottlePolicy;
  /** Store-wide rates: an alert for managers, never a wait. */
  storeAlert: StoreAlertLimits;
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
  throttle: ThrottleLimits;
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
   * commits and before its response is sent, so crash recovery can be tested on a real process;
   * 'error-after-commit' fails the request after the commit instead, as a database connection that
   * breaks once the COMMIT has reached the server does.
   */
  fault: BackendFault | null;
}

export const DEFAULT_CONFIG: Omit<BackendConfig, 'serverKey' | 'chainKey'> = {
  sessionTtlMs: 12 * 60 * 60 * 1000,
  throttle: {
    entry: { freeFailures: 5, firstDelayMs: 30_000, maxDelayMs: 5 * 60 * 1000, quietMs: 10 * 60 * 1000 },
    pin: { freeFailures: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60 * 1000, quietMs: 30 * 60 * 1000 },
    storeAlert: { lookupFailures: 20, pinFailures: 10, windowMs: 10 * 60 * 1000 },
  },
  pairing: { codeTtlMs: 15 * 60 * 1000, perClient: 5, overall: 50, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 },
  bodyLimitBytes: 16 * 1024,
  credentialsCacheTtlMs: 2_000,
  fault: null,
};

export function makeConfig(serverKey: Buffer, overrides: Partial<BackendConfig> = {}): BackendConfig {
  return { ...DEFAULT_CONFIG, serverKey, chainKey: chainKey(serverKey), ...overrides };
}

const BACKEND_FAULTS = ['exit-after-commit', 'error-after-commit'] as const;
export type BackendFault = (typeof BACKEND_FAULTS)[number];

export function faultFromEnv(value: string | undefined): BackendConfig['fault'] {
  return BACKEND_FAULTS.find((fault) => fault === value) ?? null;
}
