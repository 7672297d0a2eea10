import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differingField, fingerprintRedeemRequest } from '../../../backend/redemptions/redeem.rules.js';

const key = randomBytes(32);
const base = { code: 'K3M7-TQ9WXE-2HRD4', amountMinor: 1500, currency: 'USD', idempotencyKey: 'key-00000001' };

describe('redemption request fingerprint', () => {
  it('is the same for the same request however the code was typed', () => {
    const a = fingerprintRedeemRequest(key, base);
    const b = fingerprintRedeemRequest(key, { ...base, code: 'k3m7tq9wxe2hrd4' });
    expect(b).toEqual(a);
    expect(differingField(a, b)).toBeNull();
  });

  it('does not depend on the idempotency key itself', () => {
    expect(fingerprintRedeemRequest(key, { ...base, idempotencyKey: 'other-key-1' }).hash).toBe(
      fingerprintRedeemRequest(key, base).hash,
    );
  });

  it('names the field that differs', () => {
    const original = fingerprintRedeemRequest(key, base);
    expect(differingField(original, fingerprintRedeemRequest(key, { ...base, code: 'AAAA-BBBBBB-CCCCC' }))).toBe(
      'code',
    );
    expect(differingField(original, fingerprintRedeemRequest(key, { ...base, amountMinor: 1501 }))).toBe('amountMinor');
    expect(differingField(original, fingerprintRedeemRequest(key, { ...base, amountMinor: undefined }))).toBe(
      'amountMinor',
    );
    expect(differingField(original, fingerprintRedeemRequest(key, { ...base, currency: 'EUR' }))).toBe('currency');
  });

  it('gives different requests different hashes, and never holds the code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (a, b) => {
        const first = fingerprintRedeemRequest(key, { ...base, amountMinor: a });
        const second = fingerprintRedeemRequest(key, { ...base, amountMinor: b });
        expect(first.hash === second.hash).toBe(a === b);
        expect(JSON.stringify(first)).not.toContain('K3M7');
      }),
    );
  });
});
