import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of a normalised card code: what the cards table stores instead of the code. */
export function codeHmac(serverKey: Buffer, normalisedCode: string): string {
  return createHmac('sha256', serverKey).update(`code:${normalisedCode}`).digest('hex');
}

/** SHA-256 of a high-entropy secret (terminal key, session token): enough, as it cannot be guessed. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
