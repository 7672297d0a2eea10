/**
 * The webcam path in a real Chromium: a fake capture device plays a Y4M made from the demo card's
 * barcode, and the terminal must decode it and show the card's balance.
 */
import { test, expect } from './fixtures';
import { barcodeFrame, emptyFrame } from '../fixtures/barcode-frames.js';
import { fact, money, redeemableCard } from './cashier.js';
import { launchWithCamera, openTerminalCamera } from './support/camera-browser.js';

for (const symbology of ['code128', 'qrcode'] as const) {
  test(`the webcam reads a demo card's ${symbology} and shows its balance`, async ({ demo, terminal }) => {
    const card = redeemableCard(demo);
    const code = card.code.replace(/-/g, '');
    const text = symbology === 'qrcode' ? `https://cards.example.com/redeem?code=${card.code}` : code;
    const camera = await launchWithCamera([barcodeFrame(symbology, text)]);
    try {
      const page = await openTerminalCamera(camera.browser, terminal.launchUrl, demo);
      await expect(page.getByRole('heading', { name: 'Card found' })).toBeVisible();
      await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
      // The panel closed with the read, and with it the camera.
      await expect(page.getByRole('region', { name: 'Camera scanner' })).toBeHidden();
    } finally {
      await camera.dispose();
    }
  });
}

test('a camera that shows no barcode produces no scan', async ({ demo, terminal }) => {
  const camera = await launchWithCamera([emptyFrame(640, 480, 3), emptyFrame(640, 480, 11)]);
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
