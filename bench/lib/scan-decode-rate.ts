/**
 * The decoder half of `npm run bench:scan`, on the hard-case corpus (test/fixtures/scan-corpus/):
 * - reads per symbology of the camera pipeline (a still image given one full cycle of frames,
 *   as `scan:file` does) beside zxing-wasm's try-harder read of the same images;
 * - decodes per second on camera scenes without a barcode (sensor noise, a cluttered counter, a
 *   hand, printed text, the back of a card: most of what a live camera sees) beside zxing-wasm
 *   with the same policy: a quick read of every frame (Code 128, Code 39, QR, upright) and one
 *   try-harder read per cycle. Both start from the RGBA pixels a canvas gives, and run in turns
 *   (A B, then B A) so both see the same machine load.
 */
import { createFrameDecoder, decodeStill, THOROUGH_CYCLE } from '../../renderer/scanning/frame-decoder.js';
import { CORPUS_FORMATS, loadCorpus, type CorpusImage } from '../../test/fixtures/scan-corpus.js';
import { readWithZxingWasm } from '../../test/fixtures/zxing-wasm-reference.js';
import { table } from './table.js';

const ROUNDS = 10;

function pipelineReads(image: CorpusImage): string | null {
  const { width, height, data } = image.image;
  return decodeStill({ width, height, data, channels: 4 });
}

async function printCorpusReads(corpus: CorpusImage[]): Promise<boolean> {
  const rows: string[][] = [];
  let allMet = true;
  let wrong = 0;
  for (const format of CORPUS_FORMATS) {
    const images = corpus.filter((entry) => entry.format === format);
    let ours = 0;
    let reference = 0;
    for (const image of images) {
      const read = pipelineReads(image);
      if (read === image.text) ours += 1;
      else if (read !== null) wrong += 1;
      if ((await readWithZxingWasm(image.image, 'thorough')) === image.text) reference += 1;
    }
    const met = ours >= reference;
    allMet &&= met;
    rows.push([
      format,
      `${ours} / ${images.length}`,
      `${reference} / ${images.length}`,
      '≥ reference',
      met ? 'met' : 'NOT MET',
    ]);
  }
  console.log('\nhard-case corpus (test/fixtures/scan-corpus), codes read per symbology');
  console.log(table(['symbology', 'pipeline', 'zxing-wasm try-harder', 'goal', ''], rows));
  if (wrong > 0) console.log(`WRONG TEXT returned for ${wrong} image(s)`);
  return allMet && wrong === 0;
}

/**
 * One cycle of frames of one scene through both, frame by frame in turns (which goes first swaps
 * every frame), so that both see the same load from the rest of the machine. Returns ms spent.
 */
async function cycle(
  decoder: ReturnType<typeof createFrameDecoder>,
  scene: CorpusImage,
  round: number,
): Promise<{ ours: number; reference: number }> {
  const spent = { ours: 0, reference: 0 };
  const { width, height, data } = scene.image;
  const ours = () => {
    const start = performance.now();
    const read = decoder.decode({ width, height, data, channels: 4 });
    spent.ours += performance.now() - start;
    if (read !== null) throw new Error(`read a code in ${scene.file}`);
  };
  const reference = async (frame: number) => {
    // zxing-wasm with the same policy: quick reads, and a try-harder read once per cycle.
    const mode = frame === THOROUGH_CYCLE - 1 ? 'thorough' : 'quick';
    const start = performance.now();
    const read = await readWithZxingWasm(scene.image, mode);
    spent.reference += performance.now() - start;
    if (read !== null) throw new Error(`zxing-wasm read a code in ${scene.file}`);
  };
  for (let frame = 0; frame < THOROUGH_CYCLE; frame++) {
    if ((round + frame) % 2 === 0) {
      ours();
      await reference(frame);
    } else {
      await reference(frame);
      ours();
    }
  }
  return spent;
}

async function printSceneRates(scenes: CorpusImage[]): Promise<boolean> {
  const decoder = createFrameDecoder();
  const spent = new Map(scenes.map((scene) => [scene.file, { ours: 0, reference: 0 }]));
  // One warm-up cycle each, untimed: both JITs (V8's and the wasm tier-up) settle first.
  for (const scene of scenes) await cycle(decoder, scene, 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const scene of scenes) {
      const totals = spent.get(scene.file)!;
      const { ours, reference } = await cycle(decoder, scene, round);
      totals.ours += ours;
      totals.reference += reference;
    }
  }
  const frames = ROUNDS * THOROUGH_CYCLE;
  const perSecond = (ms: number) => (frames * 1_000) / ms;
  let oursAll = 0;
  let referenceAll = 0;
  const rows = scenes.map((scene) => {
    const { ours, reference } = spent.get(scene.file)!;
    oursAll += ours;
    referenceAll += reference;
    return [
      scene.variant.replace(/^empty-/, ''),
      `${perSecond(ours).toFixed(1)}/s`,
      `${perSecond(reference).toFixed(1)}/s`,
      `${(reference / ours).toFixed(2)}×`,
      '≥ 1.00×',
    ];
  });
  const ratio = referenceAll / oursAll;
  rows.push([
    'all scenes',
    `${perSecond(oursAll / scenes.length).toFixed(1)}/s`,
    `${perSecond(referenceAll / scenes.length).toFixed(1)}/s`,
    `${ratio.toFixed(2)}×`,
    ratio >= 1 ? '≥ 1.00× met' : '≥ 1.00× NOT MET',
  ]);
  console.log(
    `\ncamera scenes without a barcode, 640×480, decodes per second (policy: a quick read every frame, ` +
      `one try-harder read per ${THOROUGH_CYCLE} frames; ${ROUNDS} cycles, frame by frame in turns)`,
  );
  console.log(table(['scene', 'pipeline', 'zxing-wasm', 'pipeline ÷ zxing-wasm', 'goal'], rows));
  return ratio >= 1;
}

/** Prints both tables; returns whether every goal was met. */
export async function printDecodeRates(): Promise<boolean> {
  const corpus = await loadCorpus();
  const reads = await printCorpusReads(corpus.filter((entry) => entry.format !== null));
  const rates = await printSceneRates(corpus.filter((entry) => entry.format === null));
  return reads && rates;
}
