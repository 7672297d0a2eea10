/**
 * The printed demo card sheet read through a camera view, decoded by the terminal's own frame
 * decoder: every card's Code 128 and QR, each in the frame with its surroundings, tilted and
 * unevenly lit. Also that the print fits the A4 page, so no barcode is lost at the paper's edge.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCardSheet, type SheetCard } from '../../../scripts/demo-card-sheet.js';
import { findChromium } from '../../../scripts/start/app-window.js';
import { decodeStill } from '../../../renderer/scanning/frame-decoder.js';
import { formatCode, normalizeCode } from '../../../shared/claim-code.js';
import {
  cameraFrame,
  centreOf,
  locatePrintedCard,
  rasterisePage,
  type PrintedPage,
} from '../../fixtures/printed-sheet-frames.js';
import type { GreyFrame } from '../../fixtures/barcode-frames.js';

const CARDS: SheetCard[] = [
  { code: 'DEM0-ACT050-00010', status: 'active', currency: 'USD', balanceMinor: 5_000 },
  { code: 'DEM0-ACT025-0002Q', status: 'active', currency: 'USD', balanceMinor: 2_500 },
  { code: 'DEM0-FR0ZEN-0006Z', status: 'frozen', currency: 'USD', balanceMinor: 3_000 },
  { code: 'DEM0-CANADA-00089', status: 'active', currency: 'CAD', balanceMinor: 4_000 },
];
const A4_WIDTH_MM = 210;
const chromium = findChromium(process.env);

/** What the camera reads from `frame` held still for one cycle of its decoding passes. */
function decodeLikeTheCamera(frame: GreyFrame): string | null {
  return decodeStill({ width: frame.width, height: frame.height, data: frame.pixels, channels: 1 });
}

describe.skipIf(chromium === null)('the printed demo card sheet in front of a camera', () => {
  let dir = '';
  let pdf = '';
  let page: PrintedPage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tillcard-printed-sheet-'));
    pdf = (await writeDemoCardSheet(CARDS, dir, chromium)).pdf ?? '';
    page = await rasterisePage(pdf, 16);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(CARDS.map((card) => [formatCode(normalizeCode(card.code))]))(
    'reads %s from its Code 128 and its QR',
    async (printed) => {
      const card = await locatePrintedCard(pdf, page, printed);
      for (const rect of [card.code128, card.qr]) expect(rect.right).toBeLessThan(A4_WIDTH_MM - 5);

      const code128 = cameraFrame(page, { centre: centreOf(card.code128), fieldWidthMm: 80, tiltDegrees: 3, seed: 1 });
      expect(decodeLikeTheCamera(code128)).toBe(normalizeCode(printed));
      // Close enough to the QR that the Code 128 beside it is cut off by the frame's edge.
      const qr = cameraFrame(page, { centre: centreOf(card.qr), fieldWidthMm: 60, tiltDegrees: -4, seed: 2 });
      expect(decodeLikeTheCamera(qr)).toBe(normalizeCode(printed));
    },
  );
});
