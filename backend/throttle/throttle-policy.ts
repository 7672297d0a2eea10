import { ApiError } from '../http/api-error.js';

/**
 * The numbers of a growing delay, and the arithmetic. A source (a terminal, a cashier, a staff
 * member on one terminal) makes freeFailures mistakes freely; the mistake that reaches the count
 * starts a wait of firstDelayMs, and each further mistake after that wait doubles it, up to
 * maxDelayMs. A source with no mistake for quietMs starts afresh. Only that source waits.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  quietMs: number;
}

/** How long a source waits after its failureCount-th mistake (0: no wait yet). */
export function delayAfter(failureCount: number, policy: ThrottlePolicy): number {
  if (failureCount < policy.freeFailures) return 0;
  const doublings = Math.min(failureCount - policy.freeFailures, 30);
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** doublings);
}

/** Mistakes left before the next one starts a wait (0 once waits have begun). */
export function triesBeforeWait(failureCount: number, policy: ThrottlePolicy): number {
  return Math.max(0, policy.freeFailures - failureCount);
}

/** Whole seconds from now until retryAt, at least 1: what Retry-After and the details carry. */
export function secondsUntil(retryAt: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(retryAt) - now.getTime()) / 1000));
}

/** The answer while code entry waits: when it may go on, and in how many seconds. */
export function entryDelayed(retryAt: string, now: Date): ApiError {
  return new ApiError('entry_delayed', 'code entry waits after too many failed lookups', {
    retryAt,
    retryAfterSeconds: secondsUntil(retryAt, now),
  });
}
