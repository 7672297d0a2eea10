/**
 * Decodes barcodes in camera frames with @zxing/library's core reader (not its browser reader,
 * which pauses 500 ms between attempts and logs a warning on every frame without a code).
 * The centre of the frame, where the guide asks the cashier to hold the card, is tried first:
 * it is a quarter of the pixels, so most frames (which hold no code) cost little.
 */
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  NotFoundException,
  RGBLuminanceSource,
  type LuminanceSource,
  ChecksumException,
  FormatException,
} from '@zxing/library';

export const CAMERA_FORMATS = [
  BarcodeFormat.CODE_128,
  BarcodeFormat.QR_CODE,
  BarcodeFormat.PDF_417,
  BarcodeFormat.DATA_MATRIX,
  BarcodeFormat.CODE_39,
];

/** Share of the frame's width and height searched first. */
const CENTRE_SHARE = 0.6;

export interface FrameDecoder {
  /** `luminance`: one byte per pixel, row by row. Null when the frame holds no readable code. */
  decode(luminance: Uint8ClampedArray, width: number, height: number): string | null;
}

/** A thorough (TRY_HARDER) pass on the full frame only every this many frames: it is slow. */
const THOROUGH_EVERY = 4;
/** Sharp light/dark steps a frame needs before any decoder runs (a barcode has dozens per row). */
const MIN_EDGES_PER_ROW = 6;
const EDGE_STEP = 48;

function createReader(tryHarder: boolean): MultiFormatReader {
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, CAMERA_FORMATS]]);
  if (tryHarder) hints.set(DecodeHintType.TRY_HARDER, true);
  // setHints once, then decodeWithState: decode() would reset the readers and drop the hints.
  reader.setHints(hints);
  return reader;
}

function attempt(reader: MultiFormatReader, source: LuminanceSource): string | null {
  // zxing warns on the console for every reader that finds nothing; on a live camera that is
  // every frame. The call is synchronous, so muting console.warn around it mutes only zxing.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText();
  } catch (error) {
    // No code, or a damaged read: normal for most frames of a live camera, so not worth a log.
    if (error instanceof NotFoundException || error instanceof ChecksumException || error instanceof FormatException)
      return null;
    throw error;
  } finally {
    console.warn = warn;
    reader.reset();
  }
}

/**
 * Cheap look for barcode-like structure: sharp light/dark steps along sampled rows and columns.
 * Most camera frames (a counter, a hand, a blurred card in motion) have few, and skipping the
 * decoders for them is what keeps a live camera from eating the CPU.
 */
export function looksLikeBarcode(luminance: Uint8ClampedArray, width: number, height: number): boolean {
  let busyLines = 0;
  for (let y = 4; y < height; y += 8) {
    let edges = 0;
    const row = y * width;
    for (let x = 2; x < width; x += 2) {
      if (Math.abs((luminance[row + x] ?? 0) - (luminance[row + x - 2] ?? 0)) > EDGE_STEP) edges += 1;
    }
    if (edges >= MIN_EDGES_PER_ROW && ++busyLines >= 2) return true;
  }
  // Rotated 1D codes and 2D codes cross columns too.
  for (let x = 4; x < width; x += 8) {
    let edges = 0;
    for (let y = 2; y < height; y += 2) {
      if (Math.abs((luminance[y * width + x] ?? 0) - (luminance[(y - 2) * width + x] ?? 0)) > EDGE_STEP) edges += 1;
    }
    if (edges >= MIN_EDGES_PER_ROW && ++busyLines >= 2) return true;
  }
  return false;
}

export function createFrameDecoder(): FrameDecoder {
  const fast = createReader(false);
  const thorough = createReader(true);
  let frameCount = 0;

  return {
    decode(luminance, width, height) {
      frameCount += 1;
      if (!looksLikeBarcode(luminance, width, height)) return null;
      const source = new RGBLuminanceSource(luminance, width, height);
      const cropWidth = Math.floor(width * CENTRE_SHARE);
      const cropHeight = Math.floor(height * CENTRE_SHARE);
      const left = Math.floor((width - cropWidth) / 2);
      const top = Math.floor((height - cropHeight) / 2);
      const found = attempt(fast, source.crop(left, top, cropWidth, cropHeight)) ?? attempt(fast, source);
      if (found !== null || frameCount % THOROUGH_EVERY !== 0) return found;
      return attempt(thorough, source);
    },
  };
}

/** RGBA pixels (from a canvas) → one luminance byte per pixel, as zxing weighs them. */
export function luminanceOf(rgba: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = ((rgba[p] ?? 0) * 306 + (rgba[p + 1] ?? 0) * 601 + (rgba[p + 2] ?? 0) * 117) >> 10;
  }
  return out;
}
