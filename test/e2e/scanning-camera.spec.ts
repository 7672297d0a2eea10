/**
 * The webcam path in a real Chromium: a fake capture device plays a Y4M made from the demo card's
 * barcode, and the terminal must decode it and show the card's balance.
 */
import { test, expect } from './fixtures';
import { barcodeFrame } from '../fixtures/barcode-frames.js';
import { loadCorpus } from '../fixtures/scan-corpus.js';
import { luminanceOf } from '../../renderer/scanning/luminance.js';
import { redeemableCard } from './cashier.js';
import { expectWebcamShowsBalance, launchWithCamera, openTerminalCamera } from './support/camera-browser.js';

for (const symbology of ['code128', 'qrcode'] as const) {
  test(`the webcam reads a demo card's ${symbology} and shows its balance`, async ({ demo, terminal }) => {
    const card = redeemableCard(demo);
    const code = card.code.replace(/-/g, '');
    const text = symbology === 'qrcode' ? `https://cards.example.com/redeem?code=${card.code}` : code;
    await expectWebcamShowsBalance([barcodeFrame(symbology, text)], terminal.launchUrl, demo, card);
  });
}

test('a camera that shows no barcode produces no scan', async ({ demo, terminal }) => {
  // What a live camera mostly sees: a cluttered counter and printed text, not a smooth frame.
  const scenes = await loadCorpus(
    (entry) => entry.variant === 'empty-cluttered-counter' || entry.variant === 'empty-text',
  );
  const camera = await launchWithCamera(
    scenes.map(({ image }) => ({
      width: image.width,
      height: image.height,
      pixels: luminanceOf(image.data, image.width, image.height),
    })),
  );
  try {
    const page = await openTerminalCamera(camera.browser, terminal.launchUrl, demo);
    await expect(page.getByRole('status').filter({ hasText: 'inside the frame' })).toBeVisible();
    // Let the camera deliver two seconds of frames (the decoder tries one every ~100 ms).
    await expect
      .poll(() =>
        page
          .getByLabel('Camera preview')
          .evaluate((video: HTMLVideoElement) => video.getVideoPlaybackQuality().totalVideoFrames),
      )
      .toBeGreaterThan(60);
    await expect(page.getByRole('region', { name: 'Camera scanner' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Card code' })).toHaveValue('');
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByRole('button', { name: 'Close camera' }).click();
    await expect(page.getByRole('region', { name: 'Camera scanner' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Scan with camera' })).toBeVisible();
  } finally {
    await camera.dispose();
  }
});

test('a refused camera permission is said plainly', async ({ demo, terminal }) => {
  const camera = await launchWithCamera('refused');
  try {
    const page = await openTerminalCamera(camera.browser, terminal.launchUrl, demo);
    await expect(page.getByRole('alert')).toContainText('Camera permission refused');
  } finally {
    await camera.dispose();
  }
});
