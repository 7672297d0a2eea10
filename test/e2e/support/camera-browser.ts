/**
 * A Chromium of its own for webcam tests: its fake camera plays the given frames as a Y4M video,
 * or it has a camera whose permission is refused, or no camera at all.
 */
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { y4mVideo, type GreyFrame } from '../../fixtures/barcode-frames.js';
import { fact, money, signIn, type DemoCard, type DemoData } from '../cashier.js';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--test-type',
];

export async function launchWithCamera(
  camera: GreyFrame[] | 'refused' | 'none',
): Promise<{ browser: Browser; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-camera-'));
  const args = [...BASE_ARGS];
  if (Array.isArray(camera)) {
    const video = join(dir, 'camera.y4m');
    await writeFile(video, y4mVideo(camera));
    args.push(
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    );
  } else if (camera === 'refused') {
    args.push('--use-fake-device-for-media-stream', '--deny-permission-prompts');
  }
  const browser = await chromium.launch({ executablePath: process.env.TILLCARD_CHROMIUM ?? '/usr/bin/chromium', args });
  return {
    browser,
    dispose: async () => {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the terminal, signs the demo cashier in and opens the camera panel. */
export async function openTerminalCamera(browser: Browser, launchUrl: string, demo: DemoData): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(launchUrl);
  await signIn(page, demo);
  await page.getByRole('button', { name: 'Scan with camera' }).click();
  return page;
}

/**
 * Plays `frames` on a fake camera, opens the camera panel and expects the card's balance, with
 * the panel (and so the camera) closed by the read.
 */
export async function expectWebcamShowsBalance(
  frames: GreyFrame[],
  launchUrl: string,
  demo: DemoData,
  card: DemoCard,
): Promise<void> {
  const camera = await launchWithCamera(frames);
  try {
    const page = await openTerminalCamera(camera.browser, launchUrl, demo);
    await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
    await expect(page.getByRole('region', { name: 'Camera scanner' })).toBeHidden();
  } finally {
    await camera.dispose();
  }
}
