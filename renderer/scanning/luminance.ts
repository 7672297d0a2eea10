/**
 * Grey camera frames and the cheap transforms the decoder tries them through: half size (which
 * also averages sensor noise away), quarter turns (a card held sideways), small turns (2D codes
 * whose detector wants them nearly square to the frame), and smoothing across the bars of a 1D
 * code (noise falls, the bars stay sharp).
 */

export interface LuminanceFrame {
  width: number;
  height: number;
  /** One byte per pixel, row by row; 0 black, 255 white. */
  data: Uint8ClampedArray;
}

/** A camera frame as it arrives: grey (one byte per pixel) or RGBA from a canvas (four). */
export interface FramePixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  channels: 1 | 4;
}

/** A rectangle of a frame, in its pixels. */
export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A copy of one rectangle of the frame. */
export function crop(frame: LuminanceFrame, region: Region): LuminanceFrame {
  const { left, top, width, height } = region;
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const from = (top + y) * frame.width + left;
    out.set(frame.data.subarray(from, from + width), y * width);
  }
  return { width, height, data: out };
}

/** RGBA pixels (from a canvas) → one luminance byte per pixel, as zxing weighs them. */
export function luminanceOf(rgba: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = (rgba[p]! * 306 + rgba[p + 1]! * 601 + rgba[p + 2]! * 117) >> 10;
  }
  return out;
}

/** RGBA pixels → half-size luminance in one step (each output the mean of a 2×2 block's). */
export function halfLuminanceOf(rgba: Uint8ClampedArray, width: number, height: number): LuminanceFrame {
  const halfWidth = width >> 1;
  const halfHeight = height >> 1;
  const out = new Uint8ClampedArray(halfWidth * halfHeight);
  const stride = width * 4;
  for (let y = 0, o = 0; y < halfHeight; y++) {
    for (let x = 0, p = 2 * y * stride; x < halfWidth; x++, p += 8, o++) {
      const q = p + stride;
      const red = rgba[p]! + rgba[p + 4]! + rgba[q]! + rgba[q + 4]!;
      const green = rgba[p + 1]! + rgba[p + 5]! + rgba[q + 1]! + rgba[q + 5]!;
      const blue = rgba[p + 2]! + rgba[p + 6]! + rgba[q + 2]! + rgba[q + 6]!;
      out[o] = (red * 306 + green * 601 + blue * 117) >> 12;
    }
  }
  return { width: halfWidth, height: halfHeight, data: out };
}

/** Each output pixel is the mean of a 2×2 block: a quarter of the work, and half the noise. */
export function halve(frame: LuminanceFrame): LuminanceFrame {
  const width = frame.width >> 1;
  const height = frame.height >> 1;
  const { data } = frame;
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0, o = 0; y < height; y++) {
    for (let x = 0, i = 2 * y * frame.width, j = i + frame.width; x < width; x++, i += 2, j += 2, o++) {
      out[o] = (data[i]! + data[i + 1]! + data[j]! + data[j + 1]!) >> 2;
    }
  }
  return { width, height, data: out };
}

/**
 * Half size through a softer lens: each output pixel is the mean of the 4×4 block around its
 * 2×2 block, so sensor noise and JPEG blocks fall by a further half while 2D modules of four
 * camera pixels or more survive.
 */
export function halveSoftly(frame: LuminanceFrame): LuminanceFrame {
  const width = frame.width >> 1;
  const height = frame.height >> 1;
  const { data } = frame;
  const out = new Uint8ClampedArray(width * height);
  // Sums of 4 pixels down each column, for the 4 camera rows around one output row.
  const columns = new Uint32Array(frame.width);
  for (let y = 0; y < height; y++) {
    const top = Math.max(0, 2 * y - 1);
    const bottom = Math.min(frame.height - 1, 2 * y + 2);
    columns.fill(0);
    for (let row = top; row <= bottom; row++) {
      const line = row * frame.width;
      for (let x = 0; x < frame.width; x++) columns[x]! += data[line + x]!;
    }
    const rowsSummed = bottom - top + 1;
    for (let x = 0; x < width; x++) {
      const left = Math.max(0, 2 * x - 1);
      const right = Math.min(frame.width - 1, 2 * x + 2);
      let sum = 0;
      for (let k = left; k <= right; k++) sum += columns[k]!;
      out[y * width + x] = sum / (rowsSummed * (right - left + 1));
    }
  }
  return { width, height, data: out };
}

/** The frame turned a quarter clockwise: a 1D code held upright reads across its rows. */
export function quarterTurn(frame: LuminanceFrame): LuminanceFrame {
  const { width, height, data } = frame;
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const column = height - 1 - y;
    for (let x = 0, i = y * width; x < width; x++, i++) out[x * height + column] = data[i] ?? 0;
  }
  return { width: height, height: width, data: out };
}

/** The frame turned by `degrees` about its centre (nearest pixel); corners fill with mid-grey. */
export function turn(frame: LuminanceFrame, degrees: number): LuminanceFrame {
  const { width, height, data } = frame;
  const out = new Uint8ClampedArray(width * height).fill(128);
  const radians = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
  const [cx, cy] = [width / 2, height / 2];
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    // Walk the source along the turned row: two additions per pixel.
    let sx = cx - cx * cos - dy * sin;
    let sy = cy - cx * sin + dy * cos;
    for (let x = 0; x < width; x++, sx += cos, sy += sin) {
      const [ix, iy] = [Math.round(sx), Math.round(sy)];
      if (ix >= 0 && iy >= 0 && ix < width && iy < height) out[y * width + x] = data[iy * width + ix] ?? 128;
    }
  }
  return { width, height, data: out };
}

/**
 * Each pixel the mean of `reach` pixels above and below it: noise falls by √(2·reach+1) while
 * the vertical bars of an upright 1D code stay as sharp as they were.
 */
export function smoothAlongBars(frame: LuminanceFrame, reach = 2): LuminanceFrame {
  return columnMean(frame, reach);
}

function columnMean(frame: LuminanceFrame, reach: number): LuminanceFrame {
  const { width, height, data } = frame;
  const out = new Uint8ClampedArray(width * height);
  const sums = new Float64Array(width);
  // A running sum down each column: the cost does not grow with the reach.
  for (let y = 0; y < Math.min(reach, height); y++)
    for (let x = 0; x < width; x++) sums[x]! += data[y * width + x] ?? 0;
  for (let y = 0; y < height; y++) {
    const enter = y + reach;
    const leave = y - reach - 1;
    for (let x = 0; x < width; x++) {
      if (enter < height) sums[x]! += data[enter * width + x] ?? 0;
      if (leave >= 0) sums[x]! -= data[leave * width + x] ?? 0;
    }
    const count = Math.min(height - 1, y + reach) - Math.max(0, y - reach) + 1;
    for (let x = 0; x < width; x++) out[y * width + x] = (sums[x] ?? 0) / count;
  }
  return { width, height, data: out };
}
