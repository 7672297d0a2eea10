import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameDecoder, decodeStill } from '../../../renderer/scanning/frame-decoder.js';
import { barcodeFrame, emptyFrame, type GreyFrame, type Symbology } from '../../fixtures/barcode-frames.js';
import type { FramePixels } from '../../../renderer/scanning/luminance.js';

const grey = (frame: GreyFrame): FramePixels => ({
  width: frame.width,
  height: frame.height,
  data: frame.pixels,
  channels: 1,
});

const CODE = 'AS25NJZ1JXCZCP5';

describe('camera frame decoder', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each<[Symbology, string]>([
    ['code128', CODE],
    ['qrcode', `https://cards.example.com/redeem?code=${CODE}`],
    ['datamatrix', CODE],
    ['pdf417', CODE],
    ['code39', CODE],
  ])('reads %s in a 640×480 frame', (symbology, text) => {
    const frame = barcodeFrame(symbology, text);
    expect(decodeStill(grey(frame))).toBe(text);
  });

  it('reads a code off the centre of the frame too', () => {
    const frame = barcodeFrame('qrcode', CODE, { width: 1280, height: 480, moduleSize: 6 });
    // Move the code to the left edge: outside the centre region.
    const shifted = new Uint8ClampedArray(frame.pixels.length).fill(255);
    for (let y = 0; y < frame.height; y++)
      shifted.set(frame.pixels.subarray(y * frame.width + 500, y * frame.width + 800), y * frame.width + 10);
    expect(createFrameDecoder().decode({ width: frame.width, height: frame.height, data: shifted, channels: 1 })).toBe(
      CODE,
    );
  });

  it('finds nothing in a frame without a barcode, and says nothing about it', () => {
    const warn = vi.spyOn(console, 'warn');
    const frame = emptyFrame();
    expect(createFrameDecoder().decode(grey(frame))).toBeNull();
    const code128 = barcodeFrame('code128', CODE);
    expect(createFrameDecoder().decode(grey(code128))).toBe(CODE);
    expect(warn).not.toHaveBeenCalled();
  });
});
