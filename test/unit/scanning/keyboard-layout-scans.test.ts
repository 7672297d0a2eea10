import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFromRandom, formatCode, hasValidCheck, normalizeCode } from '../../../shared/claim-code.js';
import { parseScanPayload } from '../../../shared/scan-payload.js';
import { typedAcrossLayouts, type PhysicalLayout } from '../../fixtures/keyboard-layouts.js';

const PAIRINGS: ReadonlyArray<readonly [PhysicalLayout, PhysicalLayout]> = [
  ['de', 'us'],
  ['us', 'de'],
  ['fr', 'us'],
  ['us', 'fr'],
];

describe('a keyboard-wedge scanner set to another keyboard layout', () => {
  it('a German scanner sends DEM0ACT1000003Y for DEM0ACT1000003Z: the code is recognised', () => {
    const arrived = typedAcrossLayouts('DEM0ACT1000003Z', 'de', 'us');
    expect(arrived).toBe('DEM0ACT1000003Y');
    expect(parseScanPayload(arrived, { keyboard: true })).toEqual({
      kind: 'card',
      code: 'DEM0ACT1000003Z',
      check: 'valid',
      layout: 'QWERTZ',
    });
  });

  it.each(PAIRINGS)('scanner on %s, terminal on %s: a grouped code with an AIM-less read', (scanner, terminal) => {
    const arrived = typedAcrossLayouts('DEM0-ACT025-0002Q', scanner, terminal);
    expect(parseScanPayload(arrived, { keyboard: true })).toMatchObject({ kind: 'card', code: 'DEM0ACT0250002Q' });
  });

  it('only for keyboard scanners: the camera and serial scanners send what they read', () => {
    expect(parseScanPayload('DEM0ACT1000003Y')).toMatchObject({ kind: 'check_failed' });
  });

  it('a code that checks out as it arrived is never remapped', () => {
    // DEM0ACT05000010 holds no letter any layout moves; DEM0FR0ZEN0006Z holds Z and checks out as it is.
    expect(parseScanPayload('DEM0FR0ZEN0006Z', { keyboard: true })).toEqual({
      kind: 'card',
      code: 'DEM0FR0ZEN0006Z',
      check: 'valid',
    });
  });

  it('a legacy code (no check character) is never guessed at', () => {
    expect(parseScanPayload('GXFT7ZY12W', { keyboard: true })).toEqual({
      kind: 'card',
      code: 'GXFT7ZY12W',
      check: 'legacy',
    });
  });

  it('on random codes from every layout pairing: the right card or none, never another card', () => {
    let recognised = 0;
    let changed = 0;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 14, maxLength: 14 }),
        fc.constantFrom(...PAIRINGS),
        fc.boolean(),
        (indexes, [scanner, terminal], grouped) => {
          const code = codeFromRandom(indexes);
          const arrived = typedAcrossLayouts(grouped ? formatCode(code) : code, scanner, terminal);
          const result = parseScanPayload(arrived, { keyboard: true });
          // What arrived may check out by itself (Y and Z both swapped, say): it is then taken as
          // it is, as any other valid code would be; nothing can tell it from another card's.
          if (hasValidCheck(normalizeCode(arrived))) return;
          if (result.kind === 'card') expect(result.code).toBe(code);
          if (arrived.replace(/-/g, '') !== code) {
            changed += 1;
            if (result.kind === 'card') recognised += 1;
          }
        },
      ),
      { numRuns: 2_000, seed: 14 },
    );
    // Ambiguity (two layouts both giving a valid code) is rare: nearly every changed code is read.
    expect(recognised / changed).toBeGreaterThan(0.95);
  });
});
