/**
 * What a thermal receipt printer can put on a line: its paper width and font, chosen together.
 * The print head of a 58 mm printer is 384 dots wide and an 80 mm one's 576 (8 dots per mm, as
 * nearly every POS printer has). Font A characters are 12 dots wide, Font B ("small") 9, so:
 *
 *   58 mm: 32 columns in Font A (384 dots), 42 in Font B (378 dots)
 *   80 mm: 48 columns in Font A (576 dots), 64 in Font B (576 dots)
 *
 * A profile is named by its columns, which pick exactly one paper and font.
 */
export const PAPER_WIDTHS = ['58mm', '80mm'] as const;
export type PaperWidth = (typeof PAPER_WIDTHS)[number];
export const PRINT_FONTS = ['normal', 'small'] as const;
export type PrintFont = (typeof PRINT_FONTS)[number];

export interface PrinterProfile {
  paper: PaperWidth;
  font: PrintFont;
  columns: number;
  /** Width of the paper in millimetres, for PDF pages. */
  paperMm: number;
  /** Dots the print head can print on one line. */
  printableDots: number;
  /** Dots one character takes: Font A 12, Font B 9. */
  dotsPerColumn: number;
}

export const PRINTER_PROFILES = [
  { paper: '58mm', font: 'normal', columns: 32, paperMm: 58, printableDots: 384, dotsPerColumn: 12 },
  { paper: '58mm', font: 'small', columns: 42, paperMm: 58, printableDots: 384, dotsPerColumn: 9 },
  { paper: '80mm', font: 'normal', columns: 48, paperMm: 80, printableDots: 576, dotsPerColumn: 12 },
  { paper: '80mm', font: 'small', columns: 64, paperMm: 80, printableDots: 576, dotsPerColumn: 9 },
] as const satisfies readonly PrinterProfile[];

export type ReceiptColumns = (typeof PRINTER_PROFILES)[number]['columns'];
/** Characters per line of each profile, narrowest first. */
export const RECEIPT_COLUMNS = PRINTER_PROFILES.map((profile) => profile.columns) as readonly ReceiptColumns[];
export const DEFAULT_RECEIPT_COLUMNS: ReceiptColumns = 48;

export function profileOfColumns(columns: ReceiptColumns): PrinterProfile {
  const profile = PRINTER_PROFILES.find((each) => each.columns === columns);
  if (profile === undefined) throw new Error(`no printer profile has ${columns} columns`);
  return profile;
}

/** The profile for a paper width and font. */
export function profileOf(paper: PaperWidth, font: PrintFont): PrinterProfile {
  const profile = PRINTER_PROFILES.find((each) => each.paper === paper && each.font === font);
  if (profile === undefined) throw new Error(`no printer profile for ${paper} ${font}`);
  return profile;
}

export function isReceiptColumns(value: unknown): value is ReceiptColumns {
  return RECEIPT_COLUMNS.some((columns) => columns === value);
}
