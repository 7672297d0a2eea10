import { describe, expect, it } from 'vitest';
import { surveyFrame } from '../../../renderer/scanning/barcode-precheck.js';
import { halve, quarterTurn, type LuminanceFrame } from '../../../renderer/scanning/luminance.js';
import { barcodeFrame, type GreyFrame } from '../../fixtures/barcode-frames.js';

const half = (frame: GreyFrame): LuminanceFrame =>
  halve({ width: frame.width, height: frame.height, data: frame.pixels });

function noise(width: number, height: number, mean: number, spread: number): LuminanceFrame {
  let state = 99;
  const data = new Uint8ClampedArray(width * height).map(() => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return mean + ((state >> 8) % (2 * spread + 1)) - spread;
  });
  return { width, height, data };
}

describe('the frame survey before decoding', () => {
  it('turns away a covered lens and pure sensor noise', () => {
    expect(surveyFrame(noise(320, 240, 20, 0)).busy).toBe(false);
    expect(surveyFrame(noise(320, 240, 60, 30)).busy).toBe(false);
  });

  it('finds upright bars in a Code 128, and sideways bars once it is turned', () => {
    const upright = half(barcodeFrame('code128', 'AS25NJZ1JXCZCP5'));
    const survey = surveyFrame(upright);
    expect(survey.busy).toBe(true);
    expect(survey.barsAcrossRows).not.toBeNull();
    expect(survey.barsAcrossColumns).toBeNull();
    const sideways = surveyFrame(quarterTurn(upright));
    expect(sideways.barsAcrossRows).toBeNull();
    expect(sideways.barsAcrossColumns).toMatchObject({ top: 0, height: upright.width });
  });

  it('keeps a Code 128 held so close that its bars fill the whole frame', () => {
    const closeUp = barcodeFrame('code128', 'AS25NJZ1JXCZCP5', { width: 400, height: 300, moduleSize: 2 });
    const bars = { width: 200, height: 150, data: new Uint8ClampedArray(200 * 150) };
    // The middle of the code's bars in every row, without its quiet zones or any background.
    const middle = (closeUp.height / 2) * closeUp.width;
    for (let y = 0; y < 150; y++) bars.data.set(closeUp.pixels.subarray(middle + 100, middle + 300), y * 200);
    const survey = surveyFrame(bars);
    expect(survey.busy).toBe(true);
    expect(survey.barsAcrossRows).toEqual({ left: 0, top: 0, width: 200, height: 150 });
  });
});
