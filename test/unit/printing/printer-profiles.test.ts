/**
 * Every slip, on every paper width and font, measured in dots by an ESC/POS reader written apart
 * from the encoder (test/fixtures/escpos-layout.ts): no line may reach past the print head.
 */
import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../../electron/host/printing/render-receipt.js';
import { PRINTER_PROFILES } from '../../../shared/receipt/printer-profiles.js';
import { measureEscPos } from '../../fixtures/escpos-layout.js';
import { everySlip } from './every-slip.js';
import { context } from './receipt-fixtures.js';

const LONG_NAME = 'The Grand Springfield Riverside Shopping Arcade and Garden Centre';

describe.each(PRINTER_PROFILES)('$paper paper in the $font font ($columns columns)', (profile) => {
  const slips = everySlip(context({ name: LONG_NAME }), profile.columns);

  it.each(Object.keys(slips))('the %s fits the print head, logo and codes included', (name) => {
    const slip = slips[name];
    if (slip === undefined) throw new Error(name);
    for (const logo of [false, true]) {
      const lines = measureEscPos(renderEscPos(slip, profile.columns, logo), profile.printableDots);
      expect(lines.length).toBeGreaterThan(8);
      for (const line of lines) {
        expect(line.leftDots, `${line.kind} "${line.text}"`).toBeGreaterThanOrEqual(0);
        expect(line.rightDots, `${line.kind} "${line.text}"`).toBeLessThanOrEqual(profile.printableDots);
        expect(line.areaRightDots, `print area of "${line.text}"`).toBeLessThanOrEqual(profile.printableDots);
        expect(line.overflows, `${line.kind} "${line.text}" wraps`).toBe(false);
      }
    }
  });

  it('prints in the chosen font: an amount line runs the full width, its columns characters wide', () => {
    const lines = measureEscPos(renderEscPos(slips.redemption!, profile.columns), profile.printableDots);
    const remaining = lines.find((line) => line.text.startsWith('Remaining balance'));
    expect(remaining?.text).toMatch(/^Remaining balance +\$37\.66$/);
    expect(remaining?.text).toHaveLength(profile.columns);
    // Font A is 12 dots a character, Font B 9: the line ends where its last character does.
    expect(remaining?.rightDots).toBe(profile.columns * profile.dotsPerColumn);
    expect(profile.printableDots - (remaining?.rightDots ?? 0)).toBeLessThan(profile.dotsPerColumn);
  });

  it('keeps the transaction code scannable: the Code 128 of the test page and the QR code are whole', () => {
    const page = measureEscPos(renderEscPos(slips['test page']!, profile.columns), profile.printableDots);
    expect(page.some((line) => line.kind === 'barcode' && line.text === 'TILLCARD-TEST')).toBe(true);
  });
});
