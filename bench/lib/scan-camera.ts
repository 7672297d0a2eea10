/**
 * Webcam, end to end in Chromium: the fake capture device plays one second of an empty counter
 * (a realistic scene from the hard-case corpus) and then one second of the demo card's barcode,
 * over and over. Measured, once the camera runs, from the first card frame the preview shows to
 * the decode (the screen's green flash) and to the card's balance on screen. Each sample gets a
 * fresh page: the panel closes with a read, and the terminal rightly ignores the same card read
 * again within a second. Each symbology gets its own Chromium, since the fake camera's video is
 * fixed at launch.
 *
 * Every frame carries a marker in its top-left corner (dark on the empty scene, light with the
 * card), which the page reads from the preview as each frame is shown.
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { barcodeFrame, y4mVideo, type GreyFrame } from '../../test/fixtures/barcode-frames.js';
import { money, redeemableCard } from '../../test/e2e/cashier.js';
import { corpusManifest, loadCorpus } from '../../test/fixtures/scan-corpus.js';
import { createFrameDecoder } from '../../renderer/scanning/frame-decoder.js';
import { luminanceOf } from '../../renderer/scanning/luminance.js';
import { readWithZxingWasm } from '../../test/fixtures/zxing-wasm-reference.js';
import { quantile } from './stats.js';
import type { DemoData } from '../../scripts/start/demo-seed.js';
import { registerCleanup } from './cleanup.js';
import { balanceText, openSignedIn } from './scan-page.js';

export const CHROMIUM_PATH = process.env.TILLCARD_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--test-type',
];

/** The frame rate of test/fixtures/barcode-frames.ts's Y4M videos. */
const FRAMES_PER_SECOND = 30;
const MARKER_SIZE = 16;

export type CameraSymbology = 'code128' | 'qrcode';

export interface CameraSamples {
  /** First card frame shown → decoded (the flash), ms. */
  decodedMs: number[];
  /** First card frame shown → the card's balance on screen, ms. */
  onScreenMs: number[];
}

interface CameraProbe {
  emptySeen: boolean;
  cardShownMs: number | null;
  decodedMs: number | null;
  onScreenMs: number | null;
}

interface CameraProbeWindow {
  cameraProbe: CameraProbe;
}

/** Runs in the page before the terminal's scripts: stamps card shown, decoded and on screen. */
function installCameraProbe(markerSize: number): void {
  const probe: CameraProbe = { emptySeen: false, cardShownMs: null, decodedMs: null, onScreenMs: null };
  (window as unknown as CameraProbeWindow).cameraProbe = probe;
  const watch = (video: HTMLVideoElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const onFrame = (nowMs: number) => {
      if (context === null || probe.decodedMs !== null) return;
      context.drawImage(video, 0, 0, markerSize, markerSize, 0, 0, 1, 1);
      const card = (context.getImageData(0, 0, 1, 1).data[0] ?? 0) > 128;
      if (!card) probe.emptySeen = true;
      else if (probe.emptySeen && probe.cardShownMs === null) probe.cardShownMs = nowMs;
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  new MutationObserver(() => {
    const video = document.querySelector<HTMLVideoElement>('video[aria-label="Camera preview"]');
    if (video !== null && video.dataset.probed === undefined) {
      video.dataset.probed = 'yes';
      watch(video);
    }
    if (probe.cardShownMs === null) return;
    if (probe.decodedMs === null && document.body.classList.contains('scan-flash')) probe.decodedMs = performance.now();
    const headings = [...document.querySelectorAll('h1, h2, h3')].map((heading) => heading.textContent ?? '');
    if (probe.onScreenMs === null && headings.some((text) => text === 'Card found' || text === 'Card balance')) {
      probe.onScreenMs = -1;
      requestAnimationFrame((frameMs) => (probe.onScreenMs = frameMs));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
}

function marked(frame: GreyFrame, light: boolean): GreyFrame {
  const pixels = frame.pixels.slice();
  for (let y = 0; y < MARKER_SIZE; y++) pixels.fill(light ? 255 : 0, y * frame.width, y * frame.width + MARKER_SIZE);
  return { ...frame, pixels };
}

/** The scene the camera shows before the card: a cluttered counter from the hard-case corpus. */
export async function counterScene(): Promise<GreyFrame> {
  const entry = corpusManifest().entries.find((candidate) => candidate.variant === 'empty-cluttered-counter');
  const [scene] = await loadCorpus((candidate) => candidate.file === entry?.file);
  if (scene === undefined) throw new Error('the corpus has no cluttered counter');
  const { width, height, data } = scene.image;
  return { width, height, pixels: luminanceOf(data, width, height) };
}

export function cardText(demo: DemoData, symbology: CameraSymbology): string {
  const code = redeemableCard(demo).code;
  return symbology === 'qrcode' ? `https://cards.example.com/redeem?code=${code}` : code.replace(/-/g, '');
}

async function withCameraBrowser<T>(frames: GreyFrame[], work: (browser: Browser) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-bench-camera-'));
  let browser: Browser | null = null;
  const dispose = async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  };
  const unregister = registerCleanup(dispose);
  try {
    const videoPath = join(dir, 'camera.y4m');
    await writeFile(
      videoPath,
      y4mVideo(frames).toString('latin1').replace('F30:1', `F${FRAMES_PER_SECOND}:1`),
      'latin1',
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${videoPath}`,
      ],
    });
    return await work(browser);
  } finally {
    await dispose();
    unregister();
  }
}

/** `scans` samples of card shown → decoded and → on screen, for one symbology. */
export async function measureCamera(
  /** A fresh launch address for each page: an address works once. */
  launchUrl: () => string,
  demo: DemoData,
  symbology: CameraSymbology,
  scans: number,
): Promise<CameraSamples> {
  const card = redeemableCard(demo);
  const expected = money(demo, card.balanceMinor);
  const scene = await counterScene();
  const cardFrame = barcodeFrame(symbology, cardText(demo, symbology), { width: scene.width, height: scene.height });
  const frames = [
    ...Array<GreyFrame>(FRAMES_PER_SECOND).fill(marked(scene, false)),
    ...Array<GreyFrame>(FRAMES_PER_SECOND).fill(marked(cardFrame, true)),
  ];
  return withCameraBrowser(frames, async (browser) => {
    const samples: CameraSamples = { decodedMs: [], onScreenMs: [] };
    for (let i = 0; i < scans; i += 1) {
      const page = await openSignedIn(browser, launchUrl(), demo, (fresh) =>
        fresh.addInitScript(installCameraProbe, MARKER_SIZE),
      );
      await page.getByRole('button', { name: 'Scan with camera' }).click();
      const handle = await page.waitForFunction(
        () => {
          const { cardShownMs, decodedMs, onScreenMs } = (window as unknown as CameraProbeWindow).cameraProbe;
          return cardShownMs !== null && decodedMs !== null && onScreenMs !== null && onScreenMs > 0
            ? { decodedMs: decodedMs - cardShownMs, onScreenMs: onScreenMs - cardShownMs }
            : null;
        },
        undefined,
        { timeout: 20_000 },
      );
      const sample = (await handle.jsonValue()) as { decodedMs: number; onScreenMs: number };
      samples.decodedMs.push(sample.decodedMs);
      samples.onScreenMs.push(sample.onScreenMs);
      const shown = await balanceText(page);
      if (shown !== expected) throw new Error(`the balance shown was ${shown}, expected ${expected}`);
      await page.close();
    }
    return samples;
  });
}

/**
 * The decode alone, the reference for card shown → decoded: the card frame through the pipeline
 * (its quick pass reads it) and through zxing-wasm's quick read, in Node, in turns; medians.
 */
export async function cardFrameDecodeMs(
  demo: DemoData,
  symbology: CameraSymbology,
  runs = 20,
): Promise<{ pipelineMs: number; referenceMs: number }> {
  const scene = await counterScene();
  const frame = marked(
    barcodeFrame(symbology, cardText(demo, symbology), { width: scene.width, height: scene.height }),
    true,
  );
  const rgba = new Uint8ClampedArray(frame.pixels.length * 4);
  frame.pixels.forEach((value, i) => rgba.set([value, value, value, 255], i * 4));
  const image = { width: frame.width, height: frame.height, data: rgba };
  const pipeline: number[] = [];
  const reference: number[] = [];
  const decoder = createFrameDecoder();
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const read = decoder.decode({ ...image, channels: 4 });
    pipeline.push(performance.now() - start);
    start = performance.now();
    const referenceRead = await readWithZxingWasm(image, 'quick');
    reference.push(performance.now() - start);
    if (read === null || referenceRead === null) throw new Error(`the card frame (${symbology}) was not read`);
  }
  return { pipelineMs: quantile(pipeline, 0.5), referenceMs: quantile(reference, 0.5) };
}
