/**
 * AIM symbology identifiers (ISO/IEC 15424): a scanner set to send them starts every read with
 * "]", a letter naming the barcode's symbology and a modifier character ("]C0" Code 128, "]Q1" QR,
 * "]E0" EAN-13). The identifier is no part of the code; it tells what kind of barcode was read.
 */

/**
 * Symbologies no gift card carries: product and logistics barcodes, all of them digits only, so
 * none can hold a claim code. A read in one of them is "not a gift card" whatever its digits say.
 * Named as the scanner's manual names them.
 */
export const SYMBOLOGIES_NEVER_ON_CARDS: Readonly<Record<string, string>> = {
  E: 'EAN/UPC',
  e: 'GS1 DataBar',
  I: 'Interleaved 2 of 5',
  F: 'Codabar',
  H: 'Code 11',
  M: 'MSI',
  P: 'Plessey',
  R: 'Straight 2 of 5',
  S: 'Straight 2 of 5',
};

const AIM_PREFIX = /^\]([A-Za-z])([0-9A-Za-z])/;

export interface AimRead {
  /** The symbology letter ("C", "Q", "E", "d", …), or null when the read has no identifier. */
  symbology: string | null;
  /** The read without its identifier. */
  text: string;
}

export function readAimIdentifier(payload: string): AimRead {
  const match = AIM_PREFIX.exec(payload);
  if (match === null) return { symbology: null, text: payload };
  return { symbology: match[1] ?? null, text: payload.slice(match[0].length) };
}

/** The symbology's name when no gift card uses it, else null (a card's own, or one not named). */
export function symbologyNeverOnCards(symbology: string | null): string | null {
  return symbology === null ? null : (SYMBOLOGIES_NEVER_ON_CARDS[symbology] ?? null);
}
