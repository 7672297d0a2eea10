/**
 * Claim codes: 15 characters of Crockford base32, the last a Luhn mod 32 check character,
 * shown as 4-6-5 groups ("AS25-NJZ1JX-CZCP5"). Codes are secrets: only `maskCode` output
 * may reach a screen after entry, a receipt or a log.
 */

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 15;
/** Imported legacy codes (no check character) are alphanumeric and of another length. */
export const LEGACY_MIN_LENGTH = 8;
export const LEGACY_MAX_LENGTH = 32;
const GROUPS = [4, 6, 5] as const;
const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  ['S', '5'],
  ['B', '8'],
  ['Z', '2'],
  ['G', '6'],
];

/**
 * Letters that trade places between the US keyboard and another layout: a code typed on, or sent
 * by a scanner set to, one of these layouts on a terminal set to the other comes out with them
 * swapped (German QWERTZ: Y and Z; French AZERTY: A and Q, W and Z). One table for every use.
 */
export const KEYBOARD_LAYOUT_PAIRS = {
  qwertz: [['Y', 'Z']],
  azerty: [
    ['A', 'Q'],
    ['W', 'Z'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>;
export type KeyboardLayout = keyof typeof KEYBOARD_LAYOUT_PAIRS;

/** Upper-cases, drops separators and spaces, and folds O→0 and I/L→1, as Crockford base32 says. */
export function normalizeCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Luhn mod N over the Crockford alphabet: the character that makes the whole code check. */
export function checkCharacter(payload: string): string {
  const n = CODE_ALPHABET.length;
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i--) {
    const value = CODE_ALPHABET.indexOf(payload[i] ?? '');
    if (value < 0) throw new Error('payload holds a character outside the code alphabet');
    const addend = factor * value;
    sum += Math.floor(addend / n) + (addend % n);
    factor = factor === 2 ? 1 : 2;
  }
  return CODE_ALPHABET[(n - (sum % n)) % n] ?? '';
}

export function hasValidCheck(code: string): boolean {
  if (code.length !== CODE_LENGTH || !isInAlphabet(code)) return false;
  return checkCharacter(code.slice(0, -1)) === code.slice(-1);
}

export function isInAlphabet(code: string): boolean {
  return [...code].every((ch) => CODE_ALPHABET.includes(ch));
}

/** "AS25NJZ1JXCZCP5" → "AS25-NJZ1JX-CZCP5"; a partial code is grouped as far as it goes. */
export function formatCode(code: string): string {
  if (code.length > CODE_LENGTH) return code;
  const parts: string[] = [];
  let start = 0;
  for (const size of GROUPS) {
    if (start >= code.length) break;
    parts.push(code.slice(start, start + size));
    start += size;
  }
  return parts.join('-');
}

/** "•••• CZP5": the only form of a code that may be shown, printed or logged. */
export function maskCode(codeOrLast4: string): string {
  return `•••• ${codeOrLast4.slice(-4)}`;
}

export function lastFour(code: string): string {
  return code.slice(-4);
}

/**
 * Single-character slips that explain a failed check: a look-alike read or typed for the other
 * (O and I are folded by `normalizeCode` already), and a letter that trades places between the
 * US keyboard and QWERTZ or AZERTY.
 */
const SLIPS: ReadonlyArray<readonly [string, string]> = [
  ...LOOK_ALIKES,
  ...Object.values<ReadonlyArray<readonly [string, string]>>(KEYBOARD_LAYOUT_PAIRS).flat(),
];

/** Codes that differ from `code` by one look-alike or keyboard-layout swap and pass the check. */
export function lookAlikeSuggestions(code: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i < code.length; i++) {
    for (const [a, b] of SLIPS) {
      const ch = code[i];
      const swap = ch === a ? b : ch === b ? a : undefined;
      if (swap === undefined) continue;
      const candidate = code.slice(0, i) + swap + code.slice(i + 1);
      if (hasValidCheck(candidate)) found.add(candidate);
    }
  }
  return [...found];
}

export type CodeCheck =
  | { kind: 'valid'; code: string }
  | { kind: 'legacy'; code: string }
  | { kind: 'incomplete'; code: string }
  | { kind: 'check_failed'; code: string; suggestion: string | null }
  | { kind: 'malformed'; code: string };

/**
 * Classifies what the cashier entered before any backend call. A failed check with exactly one
 * look-alike or keyboard-layout fix offers that fix as a suggestion; it is never applied silently.
 */
export function checkCode(input: string): CodeCheck {
  const code = normalizeCode(input);
  if (!/^[0-9A-Z]*$/.test(code)) return { kind: 'malformed', code };
  if (code.length === CODE_LENGTH) {
    if (!isInAlphabet(code)) return { kind: 'check_failed', code, suggestion: null };
    if (hasValidCheck(code)) return { kind: 'valid', code };
    const suggestions = lookAlikeSuggestions(code);
    return { kind: 'check_failed', code, suggestion: suggestions.length === 1 ? (suggestions[0] ?? null) : null };
  }
  if (code.length < CODE_LENGTH) {
    return code.length >= LEGACY_MIN_LENGTH ? { kind: 'legacy', code } : { kind: 'incomplete', code };
  }
  return code.length <= LEGACY_MAX_LENGTH ? { kind: 'legacy', code } : { kind: 'malformed', code };
}

/** Makes a fresh valid code from 14 random alphabet indexes (the caller supplies the randomness). */
export function codeFromRandom(randomIndexes: ArrayLike<number>): string {
  let payload = '';
  for (let i = 0; i < CODE_LENGTH - 1; i++) payload += CODE_ALPHABET[(randomIndexes[i] ?? 0) % 32];
  return payload + checkCharacter(payload);
}
