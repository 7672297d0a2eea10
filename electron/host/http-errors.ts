/**
 * Turns what went wrong on the wire into an AppError the cashier can act on. The split that
 * matters: a redemption that may have reached the backend is `outcome_unknown`, never a decline
 * and never "nothing was charged".
 */
import { errorBodySchema } from '../../shared/backend-api.js';
import type { AppError } from '../../shared/error-codes.js';

/** Failures that happen before a single byte of the request can reach the backend. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'ERR_INVALID_URL',
]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/**
 * Maps an exception from fetch (or from reading the body) to an AppError. The message names the
 * call and the cause, never the request body or headers.
 */
export function transportError(error: unknown, call: string, sendsRedemption: boolean): AppError {
  const code = causeCode(error);
  if (!isTimeout(error) && code !== undefined && NOT_SENT_CODES.has(code)) {
    return { code: 'backend_unreachable', message: `${call}: cannot connect to the backend (${code})` };
  }
  const what = isTimeout(error) ? 'no answer in time' : `connection failed (${code ?? 'unknown cause'})`;
  if (sendsRedemption) {
    return { code: 'outcome_unknown', message: `${call}: ${what} after the redemption was sent` };
  }
  return { code: 'backend_unreachable', message: `${call}: ${what}` };
}

/** Maps a non-2xx answer to an AppError: the backend's own error body when it sent one. */
export function statusError(status: number, body: unknown, call: string, sendsRedemption: boolean): AppError {
  const parsed = errorBodySchema.safeParse(body);
  // A 5xx says the backend failed, not where: its database may have committed the debit before the
  // connection to it broke. Only asking by key can tell, so a money call is never "not charged" here.
  if (sendsRedemption && status >= 500) {
    const said = parsed.success ? parsed.data.error.code : 'no error body';
    return { code: 'outcome_unknown', message: `${call}: HTTP ${status} (${said}) after the redemption was sent` };
  }
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return details ? { code, message, details } : { code, message };
  }
  if (status === 401) return { code: 'unauthorized', message: `${call}: HTTP 401` };
  if (status === 404) return { code: 'not_found', message: `${call}: HTTP 404` };
  return { code: 'internal_error', message: `${call}: HTTP ${status} without an error body` };
}

/** A 2xx answer whose body does not match the protocol. */
export function shapeError(call: string, sendsRedemption: boolean): AppError {
  if (sendsRedemption) {
    return { code: 'outcome_unknown', message: `${call}: the backend's answer could not be read` };
  }
  return { code: 'internal_error', message: `${call}: the backend answered with an unexpected shape` };
}
