/**
 * A keyboard-wedge scanner sends key positions, not characters: set to a German or French layout
 * on a terminal set to US (or the other way round), it "types" another text than it read. These
 * tables give back what the scanner read from what arrived, for the characters a code can hold.
 *
 * The letters are the layout pairs of shared/claim-code.ts; the rest is what each layout keeps
 * elsewhere: AZERTY puts the digits on Shift (so a French scanner's "1" arrives as "!" on a US
 * terminal, and a US scanner's "1" as "&" on a French one), and each layout has its own "-" key.
 */
import { KEYBOARD_LAYOUT_PAIRS, type KeyboardLayout } from './claim-code.js';

export interface ScannerLayoutMapping {
  /** For messages and logs: "QWERTZ", "AZERTY scanner on a US terminal", … */
  name: string;
  layout: KeyboardLayout;
  /** Arrived character → the one the scanner read, beyond the layout's letter pairs. */
  others: Readonly<Record<string, string>>;
}

const digitsFrom = (row: string): Record<string, string> =>
  Object.fromEntries([...row].map((character, index) => [character, '1234567890'[index] ?? '']));

export const SCANNER_LAYOUT_MAPPINGS: readonly ScannerLayoutMapping[] = [
  // Digits sit where US has them; "-" is on US "/" (German scanner) or German "ß" (US scanner).
  { name: 'QWERTZ', layout: 'qwertz', others: { '/': '-', ß: '-' } },
  // A French scanner on a US terminal: Shift+digit row, "-" on US "6", "M" on US ";".
  {
    name: 'AZERTY scanner on a US terminal',
    layout: 'azerty',
    others: { ...digitsFrom('!@#$%^&*()'), '6': '-', ':': 'M', ';': 'm' },
  },
  // A US scanner on a French terminal: the unshifted AZERTY digit row, "-" on AZERTY ")".
  {
    name: 'US scanner on an AZERTY terminal',
    layout: 'azerty',
    others: { ...digitsFrom('&é"\'(-è_çà'), ')': '-', '?': 'M', ',': 'm' },
  },
];

/** The text the scanner read, had it been set to the terminal's layout. */
export function undoLayout(arrived: string, mapping: ScannerLayoutMapping): string {
  const swaps = new Map<string, string>();
  for (const [a, b] of KEYBOARD_LAYOUT_PAIRS[mapping.layout]) {
    for (const [from, to] of [
      [a, b],
      [b, a],
      [a.toLowerCase(), b.toLowerCase()],
      [b.toLowerCase(), a.toLowerCase()],
    ] as const)
      swaps.set(from, to);
  }
  return [...arrived].map((character) => mapping.others[character] ?? swaps.get(character) ?? character).join('');
}
