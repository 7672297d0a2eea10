import { describe, expect, it } from 'vitest';
import { redeemRequestSchema } from '../../../shared/backend-api.js';
import { ApiError } from '../../../backend/http/api-error.js';
import { parseBody } from '../../../backend/http/parse-body.js';

const valid = { code: 'K3M7TQ9WXE2HRD4', currency: 'USD', idempotencyKey: 'key-00000001' };

function errorOf(body: unknown): ApiError {
  try {
    parseBody(redeemRequestSchema, body);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('parseBody accepted the body');
}

describe('parseBody', () => {
  it('returns the typed body when it is valid', () => {
    expect(parseBody(redeemRequestSchema, { ...valid, amountMinor: 5 })).toEqual({ ...valid, amountMinor: 5 });
  });

  it('maps a bad amount to amount_invalid', () => {
    for (const amountMinor of [0, -1, 1.5, '5', 1e18])
      expect(errorOf({ ...valid, amountMinor }).code).toBe('amount_invalid');
  });

  it('maps unknown and missing fields to bad_request, naming the field but not echoing values', () => {
    const unknown = errorOf({ ...valid, pin: '987654' });
    expect(unknown.code).toBe('bad_request');
    expect(unknown.message).toContain('pin');
    expect(unknown.message).not.toContain('987654');
    const missing = errorOf({ code: valid.code, idempotencyKey: valid.idempotencyKey });
    expect(missing.message).toContain('currency: required');
    const wrongCode = errorOf({ ...valid, code: 12345678 });
    expect(wrongCode.message).not.toContain('12345678');
    expect(errorOf(undefined).code).toBe('bad_request');
  });

  it('uses the HTTP status of the error code', () => {
    expect(errorOf({}).statusCode).toBe(400);
    expect(new ApiError('entry_delayed', 'wait').statusCode).toBe(429);
  });
});
