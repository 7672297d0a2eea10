import { checkCode, lastFour } from '../../shared/claim-code.js';
import { codeHmac } from '../crypto/hashing.js';

export type ParsedCode =
  /**
   * A code we may look up. `failedCheck`: a 15-character code whose check character is wrong; only
   * an imported legacy card (no check character) can match it, and no match means code_malformed.
   */
  { ok: true; hmac: string; last4: string; failedCheck: boolean } | { ok: false };

/** Normalises what was entered (shared/claim-code.ts) and decides whether it can name a card. */
export function parseCardCode(serverKey: Buffer, input: string): ParsedCode {
  const checked = checkCode(input);
  switch (checked.kind) {
    case 'valid':
    case 'legacy':
      return { ok: true, hmac: codeHmac(serverKey, checked.code), last4: lastFour(checked.code), failedCheck: false };
    case 'check_failed':
      if (!/^[0-9A-Z]+$/.test(checked.code)) return { ok: false };
      return { ok: true, hmac: codeHmac(serverKey, checked.code), last4: lastFour(checked.code), failedCheck: true };
    case 'incomplete':
    case 'malformed':
      return { ok: false };
  }
}
