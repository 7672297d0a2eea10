import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_INFO, isErrorCode } from '../../../shared/error-codes.js';
import { errorBodySchema } from '../../../shared/backend-api.js';

describe('error codes', () => {
  it.each(ERROR_CODES)('%s has an HTTP error status and cashier text', (code) => {
    const info = ERROR_INFO[code];
    expect(info.status).toBeGreaterThanOrEqual(400);
    expect(info.status).toBeLessThan(600);
    expect(info.title.trim()).not.toBe('');
    expect(info.nextStep.trim()).not.toBe('');
  });

  it('has no entry in the text table that is not a code', () => {
    expect(Object.keys(ERROR_INFO).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('lists every code once, in snake_case', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });

  it('includes every code the protocol names', () => {
    const protocolCodes = [
      'code_malformed',
      'card_not_found',
      'card_not_active',
      'card_frozen',
      'card_closed',
      'card_expired',
      'card_empty',
      'insufficient_funds',
      'region_mismatch',
      'currency_mismatch',
      'entry_delayed',
      'amount_invalid',
      'idempotency_conflict',
      'key_reversed',
      'unauthorized',
      'forbidden',
      'manager_approval_required',
      'manager_pin_wrong',
      'pin_wrong',
      'signin_delayed',
      'approval_delayed',
      'no_open_shift',
      'already_voided',
    ];
    for (const code of protocolCodes) expect(isErrorCode(code)).toBe(true);
  });

  it('recognises codes and nothing else', () => {
    expect(isErrorCode('card_frozen')).toBe(true);
    expect(isErrorCode('Card_Frozen')).toBe(false);
    expect(isErrorCode('')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });

  it('validates an error body only with a known code', () => {
    expect(errorBodySchema.safeParse({ error: { code: 'card_empty', message: 'x' } }).success).toBe(true);
    expect(errorBodySchema.safeParse({ error: { code: 'made_up', message: 'x' } }).success).toBe(false);
  });
});
