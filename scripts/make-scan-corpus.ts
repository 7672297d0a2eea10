/**
 * Writes the hard-case camera corpus under test/fixtures/scan-corpus/: gift cards photographed
 * the way a webcam at a till sees them (rotated, inverted, blurred, washed out, JPEG-compressed,
 * seen at an angle, noisy), and camera scenes without any barcode (sensor noise, a cluttered
 * counter, a hand, printed text), with manifest.json naming each file's symbology and text.
 *
 * Made with tools the terminal does not use, so the corpus does not share the product's blind
 * spots: Zint draws the barcodes (the terminal's demo sheet uses bwip-js) and ImageMagick builds
 * and degrades the scenes. `apt-get install zint imagemagick fonts-dejavu-core`, then
 * `tsx scripts/make-scan-corpus.ts`. The output is committed; tests never regenerate it.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { checkCharacter } from '../shared/claim-code.js';
import { CORPUS_DIR, type CorpusEntry, type CorpusFormat, type CorpusManifest } from '../test/fixtures/scan-corpus.js';

const run = promisify(execFile);
const WIDTH = 640;
const HEIGHT = 480;
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf';

interface Variant {
  name: string;
  /** Degrees, clockwise. */
  angle?: number;
  /** A dark card with light bars. */
  inverted?: boolean;
  /** Gaussian blur sigma in pixels (focus). */
  blur?: number;
  /** What is left of the black-to-white range, 0..1 (glare, dim light). */
  contrast?: number;
  /** Gaussian sensor noise, standard deviation in grey levels. */
  noise?: number;
  /** Saved as JPEG at this quality (as a cheap webcam or a phone does); PNG otherwise. */
  jpegQuality?: number;
  /** The card seen at an angle: how far its far edge shrinks, 0..1. */
  perspective?: number;
}

const VARIANTS: Variant[] = [
  { name: 'upright' },
  { name: 'tilt-8', angle: 8 },
  { name: 'rot-30', angle: 30 },
  { name: 'rot-90', angle: 90 },
  { name: 'rot-180', angle: 180 },
  { name: 'rot-270', angle: 270 },
  { name: 'inverted', inverted: true },
  { name: 'inverted-rot-90', inverted: true, angle: 90 },
  { name: 'blur-1', blur: 1 },
  { name: 'blur-2', blur: 2 },
  { name: 'blur-3', blur: 3 },
  { name: 'contrast-50', contrast: 0.5 },
  { name: 'contrast-30', contrast: 0.3 },
  { name: 'jpeg-30', jpegQuality: 30 },
  { name: 'perspective', perspective: 0.3 },
  { name: 'noise-12', noise: 12 },
  { name: 'noise-25', noise: 25 },
  { name: 'blur-2.5-contrast-35', blur: 2.5, contrast: 0.35 },
  { name: 'handheld', perspective: 0.2, angle: -6, blur: 1.5, noise: 8, jpegQuality: 50 },
  { name: 'inverted-blur-2-contrast-50', inverted: true, blur: 2, contrast: 0.5 },
];

interface FormatSpec {
  format: CorpusFormat;
  zint: string[];
  /** Barcode width as a share of the card's width. */
  share: number;
  text: (code: string) => string;
}

const FORMATS: FormatSpec[] = [
  { format: 'Code128', zint: ['-b', 'CODE128', '--height=40', '--notext'], share: 0.86, text: (c) => c },
  { format: 'Code39', zint: ['-b', 'CODE39', '--height=40', '--notext'], share: 0.9, text: (c) => c },
  { format: 'QRCode', zint: ['-b', 'QRCODE'], share: 0.42, text: (c) => `https://cards.example.com/redeem?code=${c}` },
  { format: 'PDF417', zint: ['-b', 'PDF417', '--cols=4'], share: 0.86, text: (c) => c },
  { format: 'DataMatrix', zint: ['-b', 'DATAMATRIX', '--square'], share: 0.34, text: (c) => c },
];

/** A valid claim code per image, so no two images hold the same text. */
function claimCode(seed: number): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let state = seed * 7919 + 17;
  let payload = '';
  for (let i = 0; i < 14; i++) {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    payload += alphabet[(state >> 8) % alphabet.length];
  }
  return payload + checkCharacter(payload);
}

async function magick(args: string[]): Promise<void> {
  await run('convert', args, { maxBuffer: 64 * 1024 * 1024 });
}

/** A grey counter top with soft blotches and a light that falls off to one side. */
async function counter(path: string, seed: number): Promise<void> {
  await magick([
    '-seed',
    String(seed),
    '-size',
    `${WIDTH}x${HEIGHT}`,
    'plasma:grey35-grey65',
    '-blur',
    '0x6',
    '(',
    '-size',
    `${HEIGHT}x${WIDTH}`,
    'gradient:grey100-grey70',
    '-rotate',
    '90',
    ')',
    '-compose',
    'multiply',
    '-composite',
    '-colorspace',
    'Gray',
    path,
  ]);
}

/** A white plastic card (85.6 × 54 mm) with the barcode, a title and the printed code. */
async function card(barcode: string, spec: FormatSpec, code: string, out: string): Promise<void> {
  const [cardWidth, cardHeight] = [856, 540];
  const barcodeWidth = Math.round(cardWidth * spec.share);
  const twoD = spec.format === 'QRCode' || spec.format === 'DataMatrix';
  await magick([
    '-size',
    `${cardWidth}x${cardHeight}`,
    'xc:grey97',
    '-font',
    FONT,
    '-pointsize',
    '44',
    '-fill',
    'grey15',
    '-gravity',
    'north',
    '-annotate',
    '+0+28',
    'GIFT CARD',
    '(',
    barcode,
    '-filter',
    'Box',
    '-resize',
    twoD ? `${barcodeWidth}x${barcodeWidth}` : `${barcodeWidth}x170!`,
    ')',
    '-gravity',
    'center',
    '-geometry',
    twoD ? '+0+10' : '+0+0',
    '-composite',
    '-font',
    MONO,
    '-pointsize',
    '36',
    '-fill',
    'grey15',
    '-gravity',
    'south',
    '-annotate',
    '+0+24',
    code,
    out,
  ]);
}

/** How big the card is drawn in the frame, in pixels wide, so that it fits at this angle. */
function cardWidthIn(angle: number): number {
  const radians = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.abs(Math.cos(radians)), Math.abs(Math.sin(radians))];
  const ratio = 540 / 856;
  // The rotated card's bounding box must fit inside 92 % of the frame.
  return Math.floor(Math.min((WIDTH * 0.92) / (cos + ratio * sin), (HEIGHT * 0.92) / (sin + ratio * cos)));
}

async function scene(cardPath: string, background: string, variant: Variant, seed: number, out: string): Promise<void> {
  const angle = variant.angle ?? 0;
  const width = cardWidthIn(angle);
  const cardArgs = ['(', cardPath, '-resize', `${width}x`];
  if (variant.inverted) cardArgs.push('-negate');
  cardArgs.push('-alpha', 'set', '-background', 'none', '-virtual-pixel', 'transparent');
  if (variant.perspective) {
    // The top edge is further away: it shrinks towards the centre.
    const height = Math.round((width * 540) / 856);
    const inset = Math.round((width * variant.perspective) / 2);
    const drop = Math.round(height * variant.perspective * 0.25);
    cardArgs.push(
      '+distort',
      'Perspective',
      `0,0 ${inset},${drop} ${width},0 ${width - inset},${drop} 0,${height} 0,${height} ${width},${height} ${width},${height}`,
    );
  }
  if (angle !== 0) cardArgs.push('-rotate', String(angle));
  cardArgs.push(')');
  const args = [background, ...cardArgs, '-gravity', 'center', '-compose', 'over', '-composite'];
  if (variant.contrast !== undefined) {
    const low = ((1 - variant.contrast) / 2) * 100;
    args.push('+level', `${low.toFixed(1)}%,${(100 - low).toFixed(1)}%`);
  }
  if (variant.blur) args.push('-gaussian-blur', `0x${variant.blur}`);
  if (variant.noise) {
    // A grey field of Gaussian noise around mid-grey, added to the scene.
    args.push(
      '(',
      '-size',
      `${WIDTH}x${HEIGHT}`,
      'xc:grey50',
      '-seed',
      String(seed),
      '-attenuate',
      String(variant.noise / 6.4),
      '+noise',
      'Gaussian',
      '-colorspace',
      'Gray',
      ')',
      '-compose',
      'mathematics',
      '-define',
      'compose:args=0,1,1,-0.5',
      '-composite',
    );
  }
  args.push('-colorspace', 'Gray', '-depth', '8', '-strip');
  if (variant.jpegQuality) args.push('-quality', String(variant.jpegQuality), '-sampling-factor', '4:2:0');
  args.push(out);
  await magick(args);
}

/** Camera views without a barcode: what a live camera mostly sees. */
async function emptyScenes(dir: string, work: string): Promise<CorpusEntry[]> {
  const background = join(work, 'counter-empty.png');
  await counter(background, 901);
  const entries: CorpusEntry[] = [];
  const add = async (file: string, args: string[]) => {
    await magick([...args, '-colorspace', 'Gray', '-depth', '8', '-strip', '-quality', '85', join(dir, file)]);
    entries.push({ file, format: null, text: null, variant: file.replace(/\.jpg$/, '') });
  };
  // A dim, empty view: mostly sensor noise on a dark, even scene.
  await add('empty-sensor-noise.jpg', [
    '-size',
    `${WIDTH}x${HEIGHT}`,
    'xc:grey30',
    '-seed',
    '11',
    '-attenuate',
    '3',
    '+noise',
    'Gaussian',
  ]);
  // A cluttered counter: a keyboard-like grid of keys, a phone, coins, a receipt roll, shadows.
  const clutter = [
    background,
    '-fill',
    'grey20',
    '-draw',
    'roundrectangle 30,300 330,450 10,10',
    '-fill',
    'grey75',
    ...keyGrid(40, 310, 14, 5, 20, 26),
    '-fill',
    'grey10',
    '-draw',
    'roundrectangle 400,60 520,300 18,18',
    '-fill',
    'grey55',
    '-draw',
    'rectangle 410,80 510,270',
    '-fill',
    'grey80',
    '-draw',
    'circle 560,380 590,380',
    '-draw',
    'circle 470,420 492,420',
    '-fill',
    'grey90',
    '-draw',
    'rectangle 60,40 300,200',
    '-fill',
    'grey40',
    ...receiptLines(70, 55, 9),
    '-blur',
    '0x1.2',
    '-seed',
    '12',
    '-attenuate',
    '0.6',
    '+noise',
    'Gaussian',
  ];
  await add('empty-cluttered-counter.jpg', clutter);
  // A hand reaching into view (palm and fingers), half out of focus.
  await add('empty-hand.jpg', [
    background,
    '-fill',
    'grey72',
    '-draw',
    'ellipse 360,400 150,120 0,360',
    ...[0, 1, 2, 3].flatMap((i) => ['-draw', `roundrectangle ${240 + i * 62},120 ${290 + i * 62},330 25,25`]),
    '-draw',
    'roundrectangle 480,300 620,345 22,22',
    '-fill',
    'grey60',
    ...[0, 1, 2, 3].flatMap((i) => ['-draw', `line ${250 + i * 62},200 ${280 + i * 62},200`]),
    '-blur',
    '0x2.5',
    '-seed',
    '13',
    '-attenuate',
    '0.6',
    '+noise',
    'Gaussian',
  ]);
  // Printed text held to the camera: a receipt or a leaflet, sharp enough to read.
  await add('empty-text.jpg', [
    background,
    '(',
    '-size',
    '520x400',
    '-background',
    'grey92',
    '-fill',
    'grey10',
    '-font',
    FONT,
    '-pointsize',
    '15',
    `caption:${LEAFLET}`,
    '-rotate',
    '4',
    ')',
    '-gravity',
    'center',
    '-composite',
    '-blur',
    '0x0.7',
    '-seed',
    '14',
    '-attenuate',
    '0.6',
    '+noise',
    'Gaussian',
  ]);
  // The back of a gift card: printed terms, a magnetic stripe, no barcode.
  await add('empty-card-back.jpg', [
    background,
    '(',
    '-size',
    '560x354',
    'xc:grey96',
    '-fill',
    'grey8',
    '-draw',
    'rectangle 0,30 560,95',
    '-fill',
    'grey25',
    '-font',
    FONT,
    '-pointsize',
    '13',
    '-annotate',
    '+20+130',
    TERMS,
    ')',
    '-gravity',
    'center',
    '-composite',
    '-blur',
    '0x1',
    '-seed',
    '15',
    '-attenuate',
    '0.6',
    '+noise',
    'Gaussian',
  ]);
  return entries;
}

function keyGrid(left: number, top: number, columns: number, rows: number, size: number, pitch: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const [x, y] = [left + c * pitch, top + r * pitch];
      out.push('-draw', `roundrectangle ${x},${y} ${x + size},${y + size} 3,3`);
    }
  return out;
}

function receiptLines(left: number, top: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => [
    '-draw',
    `rectangle ${left},${top + i * 15} ${left + 120 + ((i * 37) % 90)},${top + i * 15 + 5}`,
  ]).flat();
}

const LEAFLET =
  'Thank you for shopping with us. Gift cards can be used in any of our stores in the region ' +
  'where they were bought, for any amount up to the balance. Keep your receipt: it shows the ' +
  'balance left on the card after each purchase. Lost or stolen cards can be frozen by a store ' +
  'manager with the receipt of purchase. Opening hours Mon-Sat 8:00-20:00, Sun 10:00-18:00. ' +
  'Returns within 30 days with the receipt. Prices include VAT. Store 0412, terminal 3.';

const TERMS =
  'This card is not a credit or debit card. Not\nredeemable for cash except where the law says so.\n' +
  'Check your balance at any till. Treat this card\nlike cash: it is not replaced if lost.';

export async function makeScanCorpus(dir: string): Promise<CorpusManifest> {
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(dir)) if (/\.(png|jpg|json)$/.test(file)) await rm(join(dir, file));
  const work = await mkdtemp(join(tmpdir(), 'tillcard-corpus-'));
  try {
    const entries: CorpusEntry[] = [];
    let seed = 1;
    for (const spec of FORMATS) {
      for (const variant of VARIANTS) {
        seed += 1;
        const code = claimCode(seed);
        const text = spec.text(code);
        const barcode = join(work, 'barcode.png');
        await run('zint', [...spec.zint, '--quietzones', '--scale=4', '-d', text, '-o', barcode]);
        const cardPath = join(work, 'card.png');
        await card(barcode, spec, code, cardPath);
        const background = join(work, 'counter.png');
        await counter(background, seed);
        const file = `${spec.format.toLowerCase()}-${variant.name}.${variant.jpegQuality ? 'jpg' : 'png'}`;
        await scene(cardPath, background, variant, seed, join(dir, file));
        entries.push({ file, format: spec.format, text, variant: variant.name });
      }
    }
    entries.push(...(await emptyScenes(dir, work)));
    const manifest: CorpusManifest = { width: WIDTH, height: HEIGHT, entries };
    await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (resolve(process.argv[1] ?? '') === resolve(import.meta.filename)) {
  const manifest = await makeScanCorpus(CORPUS_DIR);
  console.log(`${manifest.entries.length} images in ${CORPUS_DIR}`);
}
