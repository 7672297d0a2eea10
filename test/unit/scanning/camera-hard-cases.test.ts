/**
 * The cases the camera used to miss, on the hard-case corpus (test/fixtures/scan-corpus/, made
 * with Zint and ImageMagick, not with the terminal's own barcode renderer): light bars on a dark
 * card, a card held sideways or upside down, and a soft, washed-out card the old edge pre-check
 * turned away before any decoder ran. Each image goes through the camera pipeline as a card held
 * still for one cycle of its passes.
 */
import { describe, expect, it } from 'vitest';
import { decodeStill } from '../../../renderer/scanning/frame-decoder.js';
import { loadCorpus, type CorpusFormat } from '../../fixtures/scan-corpus.js';

async function readCorpusImage(format: CorpusFormat, variant: string): Promise<{ read: string | null; text: string }> {
  const [entry] = await loadCorpus((candidate) => candidate.format === format && candidate.variant === variant);
  if (entry === undefined || entry.text === null) throw new Error(`no ${format} ${variant} in the corpus`);
  const { width, height, data } = entry.image;
  return { read: decodeStill({ width, height, data, channels: 4 }), text: entry.text };
}

const HARD_CASES: Array<[CorpusFormat, string, string]> = [
  ['Code128', 'inverted', 'light bars on a dark card'],
  ['Code39', 'inverted', 'light bars on a dark card'],
  ['QRCode', 'inverted', 'light modules on a dark card'],
  ['DataMatrix', 'inverted', 'light modules on a dark card'],
  ['PDF417', 'inverted', 'light bars on a dark card'],
  ['QRCode', 'inverted-rot-90', 'light on dark, held sideways'],
  ['QRCode', 'inverted-blur-2-contrast-50', 'light on dark, soft and washed out'],
  ['Code128', 'rot-90', 'held sideways'],
  ['Code128', 'rot-270', 'held sideways the other way'],
  ['Code39', 'rot-90', 'held sideways'],
  ['PDF417', 'rot-90', 'held sideways'],
  ['PDF417', 'rot-180', 'upside down'],
  ['PDF417', 'rot-270', 'held sideways the other way'],
  ['DataMatrix', 'rot-30', 'turned 30°'],
  ['QRCode', 'blur-2.5-contrast-35', 'soft and washed out, as the old pre-check turned away'],
  ['DataMatrix', 'blur-2.5-contrast-35', 'soft and washed out, as the old pre-check turned away'],
  ['QRCode', 'blur-3', 'out of focus'],
  ['Code128', 'contrast-30', 'washed out'],
  ['PDF417', 'blur-2', 'out of focus'],
  ['QRCode', 'noise-25', 'dim light: sensor noise'],
  ['DataMatrix', 'noise-25', 'dim light: sensor noise'],
  ['Code128', 'noise-12', 'sensor noise'],
  ['QRCode', 'handheld', 'at an angle, soft, noisy and JPEG-compressed'],
  ['DataMatrix', 'handheld', 'at an angle, soft, noisy and JPEG-compressed'],
];

describe('the camera pipeline on hard cases', () => {
  it.each(HARD_CASES)('reads a %s (%s): %s', async (format, variant) => {
    const { read, text } = await readCorpusImage(format, variant);
    expect(read).toBe(text);
  });
});
