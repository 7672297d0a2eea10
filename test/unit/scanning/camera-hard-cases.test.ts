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

describe('the camera pipeline on hard cases', () => {
  it.each<[CorpusFormat, string]>([
    ['Code128', 'inverted'],
    ['Code39', 'inverted'],
    ['QRCode', 'inverted'],
    ['DataMatrix', 'inverted'],
    ['PDF417', 'inverted'],
    ['QRCode', 'inverted-rot-90'],
    ['QRCode', 'inverted-blur-2-contrast-50'],
  ])('reads a %s with light bars on a dark card (%s)', async (format, variant) => {
    const { read, text } = await readCorpusImage(format, variant);
    expect(read).toBe(text);
  });

  it.each<[CorpusFormat, string]>([
    ['Code128', 'rot-90'],
    ['Code128', 'rot-270'],
    ['Code39', 'rot-90'],
    ['PDF417', 'rot-90'],
    ['PDF417', 'rot-180'],
    ['PDF417', 'rot-270'],
    ['DataMatrix', 'rot-30'],
  ])('reads a %s held turned (%s)', async (format, variant) => {
    const { read, text } = await readCorpusImage(format, variant);
    expect(read).toBe(text);
  });

  it.each<[CorpusFormat, string]>([
    ['QRCode', 'blur-2.5-contrast-35'],
    ['DataMatrix', 'blur-2.5-contrast-35'],
    ['QRCode', 'blur-3'],
    ['Code128', 'contrast-30'],
    ['PDF417', 'blur-2'],
  ])('reads a soft or washed-out %s (%s)', async (format, variant) => {
    const { read, text } = await readCorpusImage(format, variant);
    expect(read).toBe(text);
  });

  it.each<[CorpusFormat, string]>([
    ['QRCode', 'noise-25'],
    ['DataMatrix', 'noise-25'],
    ['Code128', 'noise-12'],
    ['QRCode', 'handheld'],
    ['DataMatrix', 'handheld'],
  ])('reads a %s through sensor noise and JPEG (%s)', async (format, variant) => {
    const { read, text } = await readCorpusImage(format, variant);
    expect(read).toBe(text);
  });
});
