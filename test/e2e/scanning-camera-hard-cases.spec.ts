/**
 * The webcam path in a real Chromium with cards held the hard ways: light bars on a dark card, a
 * Code 128 or a PDF417 held sideways, a PDF417 upside down, and a soft, washed-out card (blur
 * σ ≈ 2.6 and 35 % contrast for a QR, as the old edge pre-check turned away before decoding; σ ≈ 1.4
 * for a Code 128, whose thin bars blur away sooner). The fake camera plays the demo card's code so
 * drawn; the terminal must show that card's balance.
 */
import { test, expect } from './fixtures';
import {
  barcodeFrame,
  boxBlur,
  halfTurnFrame,
  invertFrame,
  lowContrastFrame,
  quarterTurnFrame,
  type GreyFrame,
} from '../fixtures/barcode-frames.js';
import { fact, money, redeemableCard, signIn } from './cashier.js';
import { expectWebcamShowsBalance, launchWithCamera } from './support/camera-browser.js';

const HARD_CASES: Array<[string, (code: string) => GreyFrame]> = [
  ['an inverted Code 128', (code) => invertFrame(barcodeFrame('code128', code, { moduleSize: 2 }))],
  [
    'a Code 128 held sideways',
    (code) => quarterTurnFrame(barcodeFrame('code128', code, { width: 480, height: 640, moduleSize: 2 })),
  ],
  [
    'a PDF417 held sideways',
    (code) => quarterTurnFrame(barcodeFrame('pdf417', code, { width: 480, height: 640, moduleSize: 3 })),
  ],
  ['a PDF417 upside down', (code) => halfTurnFrame(barcodeFrame('pdf417', code, { moduleSize: 3 }))],
  [
    'a blurred, washed-out QR',
    (code) => lowContrastFrame(boxBlur(barcodeFrame('qrcode', code, { moduleSize: 8 }), 4), 0.35),
  ],
  [
    'a soft, washed-out Code 128',
    (code) => lowContrastFrame(boxBlur(barcodeFrame('code128', code, { moduleSize: 3 }), 2), 0.35),
  ],
];

for (const [name, draw] of HARD_CASES) {
  test(`the webcam reads ${name} and shows the card's balance`, async ({ demo, terminal }) => {
    const card = redeemableCard(demo);
    await expectWebcamShowsBalance([draw(card.code.replace(/-/g, ''))], terminal.launchUrl, demo, card);
  });
}

test('frames are decoded off the page, in a worker', async ({ demo, terminal }) => {
  const card = redeemableCard(demo);
  const camera = await launchWithCamera([barcodeFrame('code128', card.code.replace(/-/g, ''))]);
  try {
    const page = await camera.browser.newPage();
    const worker = page.waitForEvent('worker');
    await page.goto(terminal.launchUrl);
    await signIn(page, demo);
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    expect((await worker).url()).toMatch(/frame-decoder\.worker/);
    await expect(fact(page, 'Card', 'Balance')).toHaveText(money(demo, card.balanceMinor));
  } finally {
    await camera.dispose();
  }
});
