import { createHmac } from 'node:crypto';
import { normalizeCode } from '../../shared/claim-code.js';
import type { RedeemRequest } from '../../shared/backend-api.js';
import { codeHmac } from '../crypto/hashing.js';

/**
 * What identifies a redemption request under its idempotency key, without storing the code:
 * the code's HMAC, the amount (null = full balance) and the currency, plus one hash of all three.
 */
export interface RequestFingerprint {
  hash: string;
  codeHmac: string;
  amountMinor: number | null;
  currency: string;
}

export function fingerprintRedeemRequest(serverKey: Buffer, request: RedeemRequest): RequestFingerprint {
  const code = codeHmac(serverKey, normalizeCode(request.code));
  const amountMinor = request.amountMinor ?? null;
  const hash = createHmac('sha256', serverKey)
    .update(`redeem\n${code}\n${amountMinor ?? 'full'}\n${request.currency}`)
    .digest('hex');
  return { hash, codeHmac: code, amountMinor, currency: request.currency };
}

/** The first field in which a repeated request differs from the original, or null when equal. */
export function differingField(
  original: { codeHmac: string | null; amountMinor: number | null; currency: string | null },
  repeat: RequestFingerprint,
): 'code' | 'amountMinor' | 'currency' | null {
  if (original.codeHmac !== repeat.codeHmac) return 'code';
  if (original.amountMinor !== repeat.amountMinor) return 'amountMinor';
  if (original.currency !== repeat.currency) return 'currency';
  return null;
}
