import { describe, expect, it } from 'vitest';
import { codeFromRandom, formatCode } from '../../../shared/claim-code.js';
import { createScanDeduper, isProductBarcode, parseScanPayload } from '../../../shared/scan-payload.js';

const CODE = codeFromRandom([10, 28, 2, 5, 21, 18, 31, 1, 18, 29, 12, 31, 12, 24]);

describe('parseScanPayload', () => {
  it('takes a plain code, grouped or not, with the scanner suffix', () => {
    expect(parseScanPayload(`${CODE}\r\n`)).toEqual({ kind: 'card', code: CODE, check: 'valid' });
    expect(parseScanPayload(formatCode(CODE).toLowerCase())).toEqual({ kind: 'card', code: CODE, check: 'valid' });
  });

  it.each([']C0', ']Q1', ']d2', ']L2', ']A0', ']z0', ']X0'])('strips the AIM identifier %s', (aim) => {
    expect(parseScanPayload(`${aim}${CODE}`)).toMatchObject({ kind: 'card', code: CODE });
  });

  it.each([
    [']E0', 'EAN/UPC'],
    [']E4', 'EAN/UPC'],
    [']I1', 'Interleaved 2 of 5'],
    [']F0', 'Codabar'],
    [']e0', 'GS1 DataBar'],
    [']M0', 'MSI'],
  ])('refuses a read the scanner names %s: no gift card is printed in it', (aim, symbology) => {
    // Even digits that would pass as a legacy code: the symbology says it is a product or parcel.
    expect(parseScanPayload(`${aim}400638133393`)).toEqual({ kind: 'not_gift_card', reason: 'symbology', symbology });
    expect(parseScanPayload(`${aim}${CODE}`)).toMatchObject({ kind: 'not_gift_card', reason: 'symbology' });
  });

  it('takes the code out of a URL in a QR, by query parameter or last path segment', () => {
    const url = `https://cards.example.com/redeem?code=${formatCode(CODE)}&utm=x`;
    expect(parseScanPayload(`]Q1${url}`)).toMatchObject({ kind: 'card', code: CODE });
    expect(parseScanPayload(`https://cards.example.com/redeem/${CODE}`)).toMatchObject({ kind: 'card', code: CODE });
  });

  it('refuses a URL that holds no code', () => {
    expect(parseScanPayload('https://shop.example.com/products?id=abc')).toEqual({
      kind: 'not_gift_card',
      reason: 'url_without_code',
    });
  });

  it.each(['4006381333931', ']C04006381333931', '036000291452', '96385074', '10614141000415'])(
    'refuses the product barcode %s',
    (payload) => {
      expect(parseScanPayload(payload)).toEqual({ kind: 'not_gift_card', reason: 'product_barcode' });
    },
  );

  it('keeps a legacy digits-only code whose last digit is no GS1 check digit', () => {
    expect(isProductBarcode('4006381333932')).toBe(false);
    expect(parseScanPayload('4006381333932')).toMatchObject({ kind: 'card', check: 'legacy' });
  });

  it('reports a code that fails its check character', () => {
    const wrong = CODE.slice(0, -1) + (CODE.endsWith('0') ? '1' : '0');
    expect(parseScanPayload(wrong)).toMatchObject({ kind: 'check_failed', code: wrong });
  });

  it('refuses text that cannot be a code, and an empty read', () => {
    expect(parseScanPayload('hello world!')).toMatchObject({ kind: 'not_gift_card', reason: 'not_a_code' });
    expect(parseScanPayload('ABC')).toMatchObject({ kind: 'not_gift_card', reason: 'not_a_code' });
    expect(parseScanPayload('\r\n')).toEqual({ kind: 'not_gift_card', reason: 'empty' });
  });
});

describe('createScanDeduper', () => {
  it('takes one scan of a card read twice within a second, and again after', () => {
    const deduper = createScanDeduper(1_000);
    expect(deduper.accept(CODE, 0)).toBe(true);
    expect(deduper.accept(CODE, 400)).toBe(false);
    expect(deduper.accept(CODE, 1_500)).toBe(true);
    expect(deduper.accept('OTHERCODE1', 1_600)).toBe(true);
    expect(deduper.accept(CODE, 1_700)).toBe(true);
  });
});
