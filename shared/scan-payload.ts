/**
 * One scan pipeline for the keyboard wedge, serial scanners and the webcam: what a scanner read →
 * the claim code to look up, or "not a gift card" with no backend call at all.
 *
 * payload → strip the AIM symbology identifier (]C0, ]Q1, ]E0, …) and refuse symbologies no card
 * uses → take the code out of a URL (a QR holding https://…/redeem?code=…) → normalise → refuse
 * product barcodes → check; for a keyboard scanner whose code fails its check, the other keyboard
 * layouts are tried, and exactly one that makes the code check out is taken.
 */
import { symbologyNeverOnCards, readAimIdentifier } from './aim-symbology.js';
import { checkCode, type CodeCheck } from './claim-code.js';
import { SCANNER_LAYOUT_MAPPINGS, undoLayout } from './scanner-keyboard-layouts.js';

/** Query parameters that may carry a card code in a URL printed on a card. */
const URL_CODE_PARAMS = ['code', 'c', 'card', 'claim'];
/** GS1 product numbers (EAN-8, UPC-A, EAN-13, GTIN-14): digits only, ending in a mod-10 check. */
const GS1_LENGTHS = new Set([8, 12, 13, 14]);

export type ScanResult =
  | {
      kind: 'card';
      code: string;
      check: Extract<CodeCheck, { kind: 'valid' | 'legacy' }>['kind'];
      /** Set when the code checked out only as a scanner on this other keyboard layout sent it. */
      layout?: string;
    }
  | { kind: 'check_failed'; code: string; suggestion: string | null }
  | { kind: 'not_gift_card'; reason: 'product_barcode' | 'url_without_code' | 'not_a_code' | 'empty' }
  /** The scanner named a symbology no gift card uses (its AIM identifier): `symbology` is its name. */
  | { kind: 'not_gift_card'; reason: 'symbology'; symbology: string };

export interface ScanOptions {
  /** The read came from a keyboard-wedge scanner, which may be set to another keyboard layout. */
  keyboard?: boolean;
}

export function stripAimIdentifier(payload: string): string {
  return readAimIdentifier(payload).text;
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
export function parseScanPayload(payload: string, options: ScanOptions = {}): ScanResult {
  const { symbology, text } = readAimIdentifier(stripControlCharacters(payload));
  const refused = symbologyNeverOnCards(symbology);
  if (refused !== null) return { kind: 'not_gift_card', reason: 'symbology', symbology: refused };
  if (text === '') return { kind: 'not_gift_card', reason: 'empty' };
  const result = classify(text);
  // A legacy reading (no check character) is weaker evidence than a layout under which the code checks out.
  if (!options.keyboard || (result.kind === 'card' && result.check === 'valid')) return result;
  return fromOtherLayout(text) ?? result;
}

function classify(text: string): ScanResult {
  const fromUrl = codeFromUrl(text);
  if (fromUrl === '') return { kind: 'not_gift_card', reason: 'url_without_code' };
  const raw = fromUrl ?? text;
  if (isProductBarcode(raw)) return { kind: 'not_gift_card', reason: 'product_barcode' };
  const check = checkCode(raw);
  if (check.kind === 'valid' || check.kind === 'legacy') return { kind: 'card', code: check.code, check: check.kind };
  if (check.kind === 'check_failed') return { kind: 'check_failed', code: check.code, suggestion: check.suggestion };
  return { kind: 'not_gift_card', reason: 'not_a_code' };
}

/**
 * The code a scanner set to another keyboard layout read, when exactly one layout turns what
 * arrived into a code whose check character is valid. Only a check character can tell: a code
 * without one (a legacy card) is never guessed at.
 */
function fromOtherLayout(arrived: string): ScanResult | null {
  const found = new Map<string, string>();
  for (const mapping of SCANNER_LAYOUT_MAPPINGS) {
    const text = undoLayout(arrived, mapping);
    const check = checkCode(codeFromUrl(text) ?? text);
    if (check.kind === 'valid' && !found.has(check.code)) found.set(check.code, mapping.name);
  }
  if (found.size !== 1) return null;
  const [[code, layout]] = [...found] as [[string, string]];
  return { kind: 'card', code, check: 'valid', layout };
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
