/**
 * Reads a PNG or JPEG file into RGBA pixels, the form a browser's canvas hands the camera
 * pipeline (`getImageData`), so that an image file goes through exactly what a camera frame does.
 */
import { readFile } from 'node:fs/promises';
import { convertIndexedToRgb, decode as decodePng, hasPngSignature } from 'fast-png';
import jpeg from 'jpeg-js';

export interface RgbaImage {
  width: number;
  height: number;
  /** Four bytes per pixel (red, green, blue, alpha), row by row. */
  data: Uint8ClampedArray;
}

/** A photo of up to 100 megapixels; larger ones are refused rather than exhausting memory. */
const MAX_MEGAPIXELS = 100;

export class ImageFileError extends Error {}

export async function readImageFile(path: string): Promise<RgbaImage> {
  const bytes = await readFile(path);
  if (hasPngSignature(bytes)) return pngToRgba(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegToRgba(bytes);
  throw new ImageFileError('not a PNG or JPEG image');
}

function jpegToRgba(bytes: Uint8Array): RgbaImage {
  try {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS });
    return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data.buffer) };
  } catch (error) {
    throw new ImageFileError(`unreadable JPEG: ${(error as Error).message}`);
  }
}

function pngToRgba(bytes: Uint8Array): RgbaImage {
  let png;
  try {
    png = decodePng(bytes);
  } catch (error) {
    throw new ImageFileError(`unreadable PNG: ${(error as Error).message}`);
  }
  const { width, height } = png;
  if (width * height > MAX_MEGAPIXELS * 1_000_000) throw new ImageFileError('image too large');
  const indexed = png.palette !== undefined;
  const samples = indexed
    ? convertIndexedToRgb(png)
    : png.depth < 8
      ? unpackGrey(png.data, width, height, png.depth)
      : png.data;
  const channels = indexed ? samples.length / (width * height) : png.channels;
  // 16-bit samples keep their high byte, as a canvas would show them.
  const shift = !indexed && png.depth === 16 ? 8 : 0;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, s = 0, o = 0; i < width * height; i++, s += channels, o += 4) {
    const at = (k: number) => (samples[s + k] ?? 0) >> shift;
    const grey = channels <= 2;
    // Transparent pixels are composited on white, as an image shows on a page.
    const alpha = channels === 2 || channels === 4 ? at(channels - 1) / 255 : 1;
    for (let k = 0; k < 3; k++) out[o + k] = at(grey ? 0 : k) * alpha + 255 * (1 - alpha);
    out[o + 3] = 255;
  }
  return { width, height, data: out };
}

/** Grey PNGs of 1, 2 or 4 bits pack several pixels in a byte: one 0–255 byte per pixel instead. */
function unpackGrey(packed: ArrayLike<number>, width: number, height: number, depth: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const bytesPerRow = Math.ceil((width * depth) / 8);
  const max = 2 ** depth - 1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const bit = x * depth;
      const byte = packed[y * bytesPerRow + (bit >> 3)] ?? 0;
      out[y * width + x] = (((byte >> (8 - depth - (bit & 7))) & max) * 255) / max;
    }
  return out;
}
