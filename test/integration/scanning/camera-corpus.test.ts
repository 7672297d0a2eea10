/**
 * The camera pipeline over the whole hard-case corpus, beside zxing-wasm's try-harder read of the
 * same images (the figures `npm run bench:scan` prints come from the same comparison): it reads at
 * least as many codes of every symbology, never returns a wrong text, and its pre-check never
 * turns away an image that either of them reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { surveyFrame } from '../../../renderer/scanning/barcode-precheck.js';
import { decodeStill } from '../../../renderer/scanning/frame-decoder.js';
import { halfLuminanceOf } from '../../../renderer/scanning/luminance.js';
import { CORPUS_FORMATS, loadCorpus, type CorpusImage } from '../../fixtures/scan-corpus.js';
import { readWithZxingWasm } from '../../fixtures/zxing-wasm-reference.js';

interface Outcome {
  image: CorpusImage;
  ours: string | null;
  reference: string | null;
  busy: boolean;
}

describe('the camera pipeline on the hard-case corpus', () => {
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    for (const image of await loadCorpus()) {
      const { width, height, data } = image.image;
      outcomes.push({
        image,
        ours: decodeStill({ width, height, data, channels: 4 }),
        reference: await readWithZxingWasm(image.image, 'thorough'),
        busy: surveyFrame(halfLuminanceOf(data, width, height)).busy,
      });
    }
  }, 180_000);

  it.each(CORPUS_FORMATS)('reads at least as many %s codes as zxing-wasm with try-harder', (format) => {
    const ofFormat = outcomes.filter((outcome) => outcome.image.format === format);
    const ours = ofFormat.filter((outcome) => outcome.ours === outcome.image.text).length;
    const reference = ofFormat.filter((outcome) => outcome.reference === outcome.image.text).length;
    expect(reference).toBeGreaterThan(0);
    expect(ours).toBeGreaterThanOrEqual(reference);
  });

  it('never returns a wrong text, and reads nothing in the scenes without a barcode', () => {
    const wrong = outcomes.filter((outcome) => outcome.ours !== null && outcome.ours !== outcome.image.text);
    expect(wrong.map((outcome) => outcome.image.file)).toEqual([]);
  });

  it('never turns away an image that the pipeline or zxing-wasm reads', () => {
    const readable = outcomes.filter((outcome) => outcome.ours !== null || outcome.reference !== null);
    expect(readable.length).toBeGreaterThan(60);
    expect(readable.filter((outcome) => !outcome.busy).map((outcome) => outcome.image.file)).toEqual([]);
  });
});
