/**
 * The first thing a new user tries: print the demo card sheet, hold it to the webcam, and the
 * card's balance appears. The sheet is the real one (writeDemoCardSheet for the seeded demo
 * cards), printed as PDF and rasterised; the fake camera sees one card's Code 128, or its QR,
 * the way a webcam would (see test/fixtures/printed-sheet-frames.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from './fixtures';
import { writeDemoCardSheet } from '../../scripts/demo-card-sheet.js';
import { formatCode, normalizeCode } from '../../shared/claim-code.js';
import {
  cameraFrame,
  centreOf,
  locatePrintedCard,
  rasterisePage,
  type CameraView,
} from '../fixtures/printed-sheet-frames.js';
import { redeemableCard } from './cashier.js';
import { expectWebcamShowsBalance } from './support/camera-browser.js';

const CHROMIUM = process.env.TILLCARD_CHROMIUM ?? '/usr/bin/chromium';

for (const symbol of ['Code 128', 'QR'] as const) {
  test(`holding the printed demo sheet's ${symbol} to the webcam shows the card's balance`, async ({
    demo,
    terminal,
  }) => {
    const dir = await mkdtemp(join(tmpdir(), 'tillcard-demo-sheet-'));
    try {
      const card = redeemableCard(demo);
      const sheet = await writeDemoCardSheet(demo.cards, dir, CHROMIUM);
      if (sheet.pdf === null) throw new Error('the demo card sheet was not printed to PDF');
      const page = await rasterisePage(sheet.pdf, 16);
      const printed = await locatePrintedCard(sheet.pdf, page, formatCode(normalizeCode(card.code)));
      // A hand-held sheet: about 8 cm of paper across the frame for the Code 128, closer (6 cm,
      // the Code 128 cut off) for the QR; a few frames that drift and tilt a little.
      const target = symbol === 'QR' ? printed.qr : printed.code128;
      const fieldWidthMm = symbol === 'QR' ? 60 : 80;
      const views: CameraView[] = [0, 1, 2].map((step) => ({
        centre: { x: centreOf(target).x + step - 1, y: centreOf(target).y + (step - 1) / 2 },
        fieldWidthMm,
        tiltDegrees: 2 + step,
        seed: step + 1,
      }));
      await expectWebcamShowsBalance(
        views.map((view) => cameraFrame(page, view)),
        terminal.launchUrl,
        demo,
        card,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
