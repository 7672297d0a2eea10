import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checkCharacter,
  checkCode,
  codeFromRandom,
  formatCode,
  hasValidCheck,
  lastFour,
  lookAlikeSuggestions,
  maskCode,
  normalizeCode,
} from '../../../shared/claim-code.js';

const randomIndexes = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 14, maxLength: 14 });
const validCode = randomIndexes.map((indexes) => codeFromRandom(indexes));
const LOOK_ALIKE_SWAPS: Record<string, string> = {
  S: '5',
  '5': 'S',
  B: '8',
  '8': 'B',
  Z: '2',
  '2': 'Z',
  G: '6',
  '6': 'G',
};

function replaceAt(text: string, index: number, character: string): string {
  return text.slice(0, index) + character + text.slice(index + 1);
}

describe('normalizeCode', () => {
  it('upper-cases and drops spaces, dashes, underscores and dots', () => {
    expect(normalizeCode(' ab12-cd34_ef.56 gh ')).toBe('AB12CD34EF56GH');
  });

  it('folds O to 0 and I or L to 1, in either case', () => {
    expect(normalizeCode('oOiIlL')).toBe('001111');
  });

  it('turns a printed, grouped code back into the code that was issued', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});

describe('check character', () => {
  it('passes every generated code', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(hasValidCheck(code)).toBe(true);
      }),
    );
  });

  it('fails every single-character change of a valid code', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        for (let index = 0; index < CODE_LENGTH; index++) {
          for (const replacement of CODE_ALPHABET) {
            if (replacement === code[index]) continue;
            expect(hasValidCheck(replaceAt(code, index, replacement))).toBe(false);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('rejects codes of the wrong length or outside the alphabet', () => {
    const code = codeFromRandom([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7]);
    expect(hasValidCheck(code.slice(0, -1))).toBe(false);
    expect(hasValidCheck(`${code}0`)).toBe(false);
    expect(hasValidCheck(replaceAt(code, 0, 'U'))).toBe(false);
  });

  it('refuses to compute a check over characters outside the alphabet', () => {
    expect(() => checkCharacter('ABCU')).toThrow();
  });
});

describe('checkCode', () => {
  it('accepts a valid code however it was typed', () => {
    const code = codeFromRandom([0, 10, 20, 30, 1, 11, 21, 31, 2, 12, 22, 3, 13, 23]);
    expect(checkCode(` ${formatCode(code).toLowerCase()} `)).toEqual({ kind: 'valid', code });
  });

  it('offers the one look-alike fix as a suggestion and never applies it', () => {
    // Swapping S for 5 here leaves exactly one look-alike swap that passes the check.
    const issued = 'EXCVAS8Q6N4K2HZ';
    const typed = 'EXCVA58Q6N4K2HZ';
    expect(hasValidCheck(issued)).toBe(true);
    const result = checkCode(typed);
    expect(result).toEqual({ kind: 'check_failed', code: typed, suggestion: issued });
  });

  it('offers no suggestion when more than one look-alike fix passes', () => {
    const typed = '0DT7M1EVBN2FW92';
    expect(lookAlikeSuggestions(typed).length).toBeGreaterThan(1);
    expect(checkCode(typed)).toEqual({ kind: 'check_failed', code: typed, suggestion: null });
  });

  it('whenever it suggests, the suggestion is the only passing look-alike swap', () => {
    fc.assert(
      fc.property(validCode, fc.nat(CODE_LENGTH - 1), (code, start) => {
        const index = [...Array(CODE_LENGTH).keys()]
          .map((i) => (start + i) % CODE_LENGTH)
          .find((i) => LOOK_ALIKE_SWAPS[code[i] ?? '']);
        if (index === undefined) return;
        const typed = replaceAt(code, index, LOOK_ALIKE_SWAPS[code[index] ?? ''] ?? '');
        const result = checkCode(typed);
        expect(result.kind).toBe('check_failed');
        if (result.kind !== 'check_failed') return;
        const suggestions = lookAlikeSuggestions(typed);
        expect(suggestions).toContain(code);
        expect(result.suggestion).toBe(suggestions.length === 1 ? code : null);
      }),
    );
  });

  it('suggests nothing for a check failure that no look-alike swap explains', () => {
    // Issued 77777777777777D; the first character mistyped as A, which has no look-alike.
    const typed = 'A7777777777777D';
    expect(hasValidCheck('77777777777777D')).toBe(true);
    expect(checkCode(typed)).toEqual({ kind: 'check_failed', code: typed, suggestion: null });
  });

  it('classifies short input as incomplete and imported lengths as legacy', () => {
    expect(checkCode('ABC123').kind).toBe('incomplete');
    expect(checkCode('ABCD1234').kind).toBe('legacy');
    expect(checkCode('ABCD1234EFGH56').kind).toBe('legacy');
    expect(checkCode('A'.repeat(16)).kind).toBe('legacy');
    expect(checkCode('A'.repeat(32)).kind).toBe('legacy');
    expect(checkCode('A'.repeat(33)).kind).toBe('malformed');
  });

  it('calls input with characters no code has malformed', () => {
    expect(checkCode('ABCD#1234EFGH').kind).toBe('malformed');
    expect(checkCode('ÄBCD1234EFGH').kind).toBe('malformed');
  });

  it('fails a 15-character code holding a letter outside the alphabet (U) without a suggestion', () => {
    expect(checkCode('UUUUUUUUUUUUUUU')).toEqual({ kind: 'check_failed', code: 'UUUUUUUUUUUUUUU', suggestion: null });
  });
});

describe('formatting and masking', () => {
  it('groups a full code 4-6-5', () => {
    expect(formatCode('AS25NJZ1JXCZCP5')).toBe('AS25-NJZ1JX-CZCP5');
  });

  it('groups a partial code as far as it goes', () => {
    expect(formatCode('AS2')).toBe('AS2');
    expect(formatCode('AS25NJ')).toBe('AS25-NJ');
    expect(formatCode('AS25NJZ1JXCZ')).toBe('AS25-NJZ1JX-CZ');
    expect(formatCode('')).toBe('');
  });

  it('masks to the last four characters only', () => {
    expect(maskCode('AS25NJZ1JXCZCP5')).toBe('•••• ZCP5');
    expect(maskCode('ZCP5')).toBe('•••• ZCP5');
    expect(lastFour('AS25NJZ1JXCZCP5')).toBe('ZCP5');
  });

  it('never lets more than four characters of a code through the mask', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const masked = maskCode(code);
        expect(masked).toBe(`•••• ${code.slice(-4)}`);
        expect(masked).not.toContain(code.slice(0, 5));
      }),
    );
  });
});
