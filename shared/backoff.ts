/**
 * Retry delays: doubling from a short first wait up to a cap, with jitter so that several
 * terminals retrying together (a backend or a host just back) do not arrive in step. One helper
 * for the browser-mode socket, the host's recovery of lost answers and the serial scanner.
 */
export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  /** 0..1: how much of each delay may be randomly shaved off. */
  jitterRatio: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialDelayMs: 250, maxDelayMs: 5_000, jitterRatio: 0.2 };

export function backoffDelayMs(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  const exponent = Math.min(attempt, 20);
  const delayMs = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** exponent);
  return Math.round(delayMs * (1 - options.jitterRatio * random()));
}
