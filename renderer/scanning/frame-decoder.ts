/**
 * Decodes barcodes in camera frames: a cheap look for barcode-like structure first, then the quick
 * pass, then one thorough pass in turn (renderer/scanning/decode-passes.ts). A card held still
 * for THOROUGH_CYCLE frames has been tried every way; `scan:file` feeds a still image that many
 * times, so an image file goes through exactly what a camera frame does.
 */
import { createBarcodeReaders } from './barcode-readers.js';
import { FrameViews, QUICK_PASS, THOROUGH_PASSES } from './decode-passes.js';
import type { FramePixels } from './luminance.js';

export type { FramePixels } from './luminance.js';

/** Frames a still card needs to have been tried every way. */
export const THOROUGH_CYCLE = THOROUGH_PASSES.length;

export interface FrameDecoder {
  /** The text of the code in the frame, or null when it holds no readable code. */
  decode(frame: FramePixels): string | null;
}

export function createFrameDecoder(): FrameDecoder {
  const readers = createBarcodeReaders();
  let next = 0;
  return {
    decode(frame) {
      const views = new FrameViews(frame);
      if (!views.survey.busy) return null;
      const quick = QUICK_PASS.run(views, readers);
      if (quick !== null) return quick;
      const pass = THOROUGH_PASSES[next] ?? QUICK_PASS;
      next = (next + 1) % THOROUGH_PASSES.length;
      return pass.run(views, readers);
    },
  };
}

/** A still image, as a camera held still on it for one full cycle would decode it. */
export function decodeStill(frame: FramePixels): string | null {
  const decoder = createFrameDecoder();
  for (let i = 0; i < THOROUGH_CYCLE; i++) {
    const text = decoder.decode(frame);
    if (text !== null) return text;
  }
  return null;
}
