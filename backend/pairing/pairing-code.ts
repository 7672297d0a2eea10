import { createHmac, randomInt } from 'node:crypto';
import { normalizeCode } from '../../shared/claim-code.js';

/** Crockford base32: digits and letters without I, L, O and U, so a code reads back unambiguously. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 10 characters are 50 random bits: far beyond what the attempt limits let anyone try. */
export const PAIRING_CODE_LENGTH = 10;
const SHAPE = new RegExp(`^[${ALPHABET}]{${PAIRING_CODE_LENGTH}}$`);

/** A fresh code, grouped for reading aloud and typing: `7KQ2M-X9RTA`. */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The code as stored and compared, or null when the input cannot be a pairing code at all. */
export function normalizePairingCode(input: string): string | null {
  const code = normalizeCode(input);
  return SHAPE.test(code) ? code : null;
}

/** What the pairing_codes table keeps instead of the code (keyed by the server key, like card codes). */
export function pairingCodeHmac(serverKey: Buffer, normalisedCode: string): string {
  return createHmac('sha256', serverKey).update(`pairing:${normalisedCode}`).digest('hex');
}
