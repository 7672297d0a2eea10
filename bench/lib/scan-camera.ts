/**
 * Webcam, end to end in Chromium: a fake capture device plays a Y4M of the demo card's barcode;
 * measured from the click on "Scan with camera" (camera start) to the card's balance on screen,
 * which includes the decode and the lookup (in the balance check, as the wedge is measured). Each symbology gets its own Chromium, since the
 * fake camera's video is fixed at launch.
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { barcodeFrame, y4mVideo } from '../../test/fixtures/barcode-frames.js';
import { money, redeemableCard } from '../../test/e2e/cashier.js';
import type { DemoData } from '../../electron/launch/demo-seed.js';
import { registerCleanup } from './cleanup.js';
import { balanceText, cardShownAfterMs, openSignedIn, resetProbe, startBalanceCheck } from './scan-page.js';

export const CHROMIUM_PATH = process.env.TILLCARD_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--test-type',
];

async function withCameraBrowser<T>(video: Buffer, work: (browser: Browser) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-bench-camera-'));
  let browser: Browser | null = null;
  const dispose = async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  };
  const unregister = registerCleanup(dispose);
  try {
    const videoPath = join(dir, 'camera.y4m');
    await writeFile(videoPath, video);
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

/** Camera start → balance on screen, `scans` times, for one symbology. */
export async function measureCamera(
  launchUrl: string,
  demo: DemoData,
  symbology: 'code128' | 'qrcode',
  scans: number,
): Promise<number[]> {
  const card = redeemableCard(demo);
  const code = card.code.replace(/-/g, '');
  const text = symbology === 'qrcode' ? `https://cards.example.com/redeem?code=${card.code}` : code;
  const expected = money(demo, card.balanceMinor);
  return withCameraBrowser(y4mVideo([barcodeFrame(symbology, text)]), async (browser) => {
    const samples: number[] = [];
    for (let i = 0; i < scans; i += 1) {
      // A fresh terminal page each time: the card stays in front of the camera, and the terminal
      // rightly ignores the same card read again within a second.
      const page = await openSignedIn(browser, launchUrl, demo);
      await startBalanceCheck(page);
      await resetProbe(page);
      await page.getByRole('button', { name: 'Scan with camera' }).click();
      samples.push(await cardShownAfterMs(page));
      const shown = await balanceText(page);
      if (shown !== expected) throw new Error(`the balance shown was ${shown}, expected ${expected}`);
      await page.close();
    }
    return samples;
  });
}
