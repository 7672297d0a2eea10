import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameDecoder, decodeStill } from '../../../renderer/scanning/frame-decoder.js';
import { barcodeFrame, emptyFrame, type Symbology } from '../../fixtures/barcode-frames.js';

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
    expect(decodeStill(frame.pixels, frame.width, frame.height)).toBe(text);
  });

  it('reads a code off the centre of the frame too', () => {
    const frame = barcodeFrame('qrcode', CODE, { width: 1280, height: 480, moduleSize: 6 });
    // Move the code to the left edge: outside the centre region.
    const shifted = new Uint8ClampedArray(frame.pixels.length).fill(255);
    for (let y = 0; y < frame.height; y++)
      shifted.set(frame.pixels.subarray(y * frame.width + 500, y * frame.width + 800), y * frame.width + 10);
    expect(createFrameDecoder().decode(shifted, frame.width, frame.height)).toBe(CODE);
  });

  it('finds nothing in a frame without a barcode, and says nothing about it', () => {
    const warn = vi.spyOn(console, 'warn');
    const frame = emptyFrame();
    expect(createFrameDecoder().decode(frame.pixels, frame.width, frame.height)).toBeNull();
    const code128 = barcodeFrame('code128', CODE);
    expect(createFrameDecoder().decode(code128.pixels, code128.width, code128.height)).toBe(CODE);
    expect(warn).not.toHaveBeenCalled();
  });
});
