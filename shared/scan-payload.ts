/**
 * One scan pipeline for the keyboard wedge, serial scanners and the webcam: what a scanner read →
 * the claim code to look up, or "not a gift card" with no backend call at all.
 *
 * payload → strip the AIM symbology identifier (]C0, ]Q1, ]E0, …) → take the code out of a URL
 * (a QR holding https://…/redeem?code=…) → normalise → refuse product barcodes → check.
 */
import { checkCode, type CodeCheck } from './claim-code.js';

/** AIM identifiers: "]" + symbology letter + modifier character, at the very start of a read. */
const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;
/** Query parameters that may carry a card code in a URL printed on a card. */
const URL_CODE_PARAMS = ['code', 'c', 'card', 'claim'];
/** GS1 product numbers (EAN-8, UPC-A, EAN-13, GTIN-14): digits only, ending in a mod-10 check. */
const GS1_LENGTHS = new Set([8, 12, 13, 14]);

export type ScanResult =
  | { kind: 'card'; code: string; check: Extract<CodeCheck, { kind: 'valid' | 'legacy' }>['kind'] }
  | { kind: 'check_failed'; code: string; suggestion: string | null }
  | { kind: 'not_gift_card'; reason: 'product_barcode' | 'url_without_code' | 'not_a_code' | 'empty' };

export function stripAimIdentifier(payload: string): string {
  return payload.replace(AIM_PREFIX, '');
}

/** Scanners end a read with CR, LF, Tab or control bytes; none of them belong to the code. */
export function stripControlCharacters(payload: string): string {
  // eslint-disable-next-line no-control-regex
  return payload.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/**
 * The code held by a URL, or null when the text is not a URL. A URL without a code parameter
 * yields "" (it is some other web address, not a gift card).
 */
export function codeFromUrl(text: string): string | null {
  // shared/ sees no DOM or Node, so no URL class: a URL's query and path are simple enough to split.
  const match = /^https?:\/\/[^/?#]+([^?#]*)(\?[^#]*)?/i.exec(text);
  if (match === null) return null;
  const path = match[1] ?? '';
  const query = (match[2] ?? '').slice(1);
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = pair.split('=');
    if (!params.has(name.toLowerCase())) params.set(name.toLowerCase(), safeDecode(value));
  }
  for (const name of URL_CODE_PARAMS) {
    const value = params.get(name);
    if (value) return value;
  }
  // A path such as https://example.com/redeem/AS25-NJZ1JX-CZCP5 carries the code last.
  const last = safeDecode(path.split('/').filter(Boolean).pop() ?? '');
  return /^[0-9A-Za-z-]{8,40}$/.test(last) && /\d/.test(last) ? last : '';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** True for a digits-only GS1 number whose last digit is its mod-10 check digit. */
export function isProductBarcode(text: string): boolean {
  if (!/^\d+$/.test(text) || !GS1_LENGTHS.has(text.length)) return false;
  let sum = 0;
  const digits = text.slice(0, -1);
  for (let i = 0; i < digits.length; i++) {
    // Weights alternate 3, 1, … counting from the digit next to the check digit.
    const weight = (digits.length - i) % 2 === 1 ? 3 : 1;
    sum += Number(digits[i]) * weight;
  }
  return (10 - (sum % 10)) % 10 === Number(text.slice(-1));
}

/** The whole pipeline: classify one read of a scanner or the camera. */
export function parseScanPayload(payload: string): ScanResult {
  const text = stripAimIdentifier(stripControlCharacters(payload));
  if (text === '') return { kind: 'not_gift_card', reason: 'empty' };
  const fromUrl = codeFromUrl(text);
  if (fromUrl === '') return { kind: 'not_gift_card', reason: 'url_without_code' };
  const raw = fromUrl ?? text;
  if (isProductBarcode(raw)) return { kind: 'not_gift_card', reason: 'product_barcode' };
  const check = checkCode(raw);
  if (check.kind === 'valid' || check.kind === 'legacy') return { kind: 'card', code: check.code, check: check.kind };
  if (check.kind === 'check_failed') return { kind: 'check_failed', code: check.code, suggestion: check.suggestion };
  return { kind: 'not_gift_card', reason: 'not_a_code' };
}

export interface ScanDeduper {
  /** False when the same code was accepted less than `windowMs` ago: one card, one scan. */
  accept(code: string, atMs: number): boolean;
}

/** A card held in front of a scanner is often read twice in quick succession: keep the first. */
export function createScanDeduper(windowMs = 1_000): ScanDeduper {
  let lastCode: string | null = null;
  let lastAtMs = Number.NEGATIVE_INFINITY;
  return {
    accept(code, atMs) {
      const repeat = code === lastCode && atMs - lastAtMs < windowMs;
      lastCode = code;
      lastAtMs = atMs;
      return !repeat;
    },
  };
}
