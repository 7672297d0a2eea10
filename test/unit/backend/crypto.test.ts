import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeHmac, sameDigest, secretHash } from '../../../backend/crypto/hashing.js';
import { hashPin, verifyPin } from '../../../backend/crypto/pin.js';

describe('PIN hashing (scrypt)', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('4821');
    expect(stored).not.toContain('4821');
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
  });

  it('salts every hash, so equal PINs do not look equal', async () => {
    const [a, b] = await Promise.all([hashPin('1111'), hashPin('1111')]);
    expect(a).not.toBe(b);
    expect(await verifyPin('1111', b)).toBe(true);
  });

  it('refuses a stored value it does not understand', async () => {
    expect(await verifyPin('1234', 'plain$1234')).toBe(false);
    expect(await verifyPin('1234', '')).toBe(false);
  });
});

describe('code HMAC', () => {
  it('depends on the server key and the code, and never contains the code', () => {
    const key = randomBytes(32);
    const code = 'K3M7TQ9WXE2HRD4';
    expect(codeHmac(key, code)).toBe(codeHmac(key, code));
    expect(codeHmac(key, code)).not.toBe(codeHmac(randomBytes(32), code));
    expect(codeHmac(key, code)).not.toBe(codeHmac(key, 'K3M7TQ9WXE2HRD5'));
    expect(codeHmac(key, code)).not.toContain(code);
    expect(codeHmac(key, code)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('secret hashes', () => {
  it('compares digests in constant time and tells different ones apart', () => {
    expect(sameDigest(secretHash('tk_a'), secretHash('tk_a'))).toBe(true);
    expect(sameDigest(secretHash('tk_a'), secretHash('tk_b'))).toBe(false);
    expect(sameDigest(secretHash('tk_a'), 'abcd')).toBe(false);
  });
});
