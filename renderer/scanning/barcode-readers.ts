/**
 * @zxing/library's readers, one call each, on a grey frame: the 1D readers (Code 128, Code 39)
 * on 25 rows around the middle, and the 2D readers (QR, Data Matrix, PDF417) each on its own.
 * Its core readers are used directly rather than its browser reader, which pauses 500 ms between
 * attempts and logs a warning on every frame without a code.
 */
import {
  BarcodeFormat,
  BinaryBitmap,
  BitArray,
  ChecksumException,
  DataMatrixReader,
  DecodeHintType,
  FormatException,
  HybridBinarizer,
  InvertedLuminanceSource,
  MultiFormatOneDReader,
  NotFoundException,
  PDF417Reader,
  QRCodeReader,
  RGBLuminanceSource,
  type LuminanceSource,
  type Reader,
} from '@zxing/library';
import type { LuminanceFrame } from './luminance.js';

export type Symbology2D = 'qr' | 'datamatrix' | 'pdf417';

export interface BarcodeReaders {
  /**
   * Code 128 and Code 39 on rows from the middle of the frame out, both directions, each row cut
   * into black and white by the local thresholds of zxing's hybrid binarizer (bars stay apart
   * under uneven light): every 8th row. `thorough`: every 4th row, and each also cut by the row's
   * own histogram, which reads some noisy rows the local thresholds do not.
   */
  linear(frame: LuminanceFrame, options?: { inverted?: boolean; thorough?: boolean }): string | null;
  /**
   * 2D symbologies in the order given, on one binarisation of the frame; `thorough` searches the
   * whole frame harder (zxing's TRY_HARDER).
   */
  matrix(
    symbologies: readonly Symbology2D[],
    frame: LuminanceFrame,
    options?: { inverted?: boolean; thorough?: boolean },
  ): string | null;
}

/** Rows apart that the 1D readers try: a readable 1D code is taller than this in the frame. */
const ROW_STEP = 8;
const THOROUGH_ROW_STEP = 4;

const LINEAR_HINTS = new Map<DecodeHintType, unknown>([
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128, BarcodeFormat.CODE_39]],
]);
const THOROUGH_HINTS = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);

function sourceOf(frame: LuminanceFrame, inverted: boolean | undefined): LuminanceSource {
  const source = new RGBLuminanceSource(frame.data, frame.width, frame.height);
  return inverted ? new InvertedLuminanceSource(source) : source;
}

/** V8's (Chromium's and Node's) limit on the frames an Error records. */
const errorClass = Error as { stackTraceLimit?: number };

/**
 * Runs zxing quietly and cheaply. It warns on the console for every reader that finds nothing,
 * and throws an exception for every row and reader that misses: on a live camera, thousands a
 * second, and recording each one's stack was most of a miss's cost. The call is synchronous, so
 * muting console.warn and the stack traces around it touches only zxing.
 */
function quietly<T>(work: () => T): T {
  const warn = console.warn;
  const stackTraceLimit = errorClass.stackTraceLimit;
  console.warn = () => undefined;
  errorClass.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    console.warn = warn;
    errorClass.stackTraceLimit = stackTraceLimit;
  }
}

/** No code, or a damaged read: normal for most frames of a live camera, so not worth a log. */
function isMiss(error: unknown): boolean {
  return error instanceof NotFoundException || error instanceof ChecksumException || error instanceof FormatException;
}

function attempt(reader: Reader, bitmap: BinaryBitmap, hints: Map<DecodeHintType, unknown> | undefined): string | null {
  return quietly(() => {
    try {
      return reader.decode(bitmap, hints).getText();
    } catch (error) {
      if (isMiss(error)) return null;
      throw error;
    } finally {
      reader.reset();
    }
  });
}

/** The row cut by its own histogram; null when the row is too even to have a threshold. */
function blackRow(bitmap: BinaryBitmap, y: number, row: BitArray): BitArray | null {
  try {
    return bitmap.getBlackRow(y, row);
  } catch (error) {
    if (error instanceof NotFoundException) return null;
    throw error;
  }
}

function scanRows(reader: MultiFormatOneDReader, bitmap: BinaryBitmap, thorough: boolean): string | null {
  const rowStep = thorough ? THOROUGH_ROW_STEP : ROW_STEP;
  const height = bitmap.getHeight();
  const middle = height >> 1;
  let row = new BitArray(bitmap.getWidth());
  const decode = (y: number): string | null => {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (attempt === 1) row.reverse();
      try {
        return reader.decodeRow(y, row, LINEAR_HINTS).getText();
      } catch (error) {
        if (!isMiss(error)) throw error;
      } finally {
        reader.reset();
      }
    }
    return null;
  };
  return quietly(() => {
    const matrix = bitmap.getBlackMatrix();
    for (let offset = 0; offset <= middle; offset += rowStep) {
      for (const y of offset === 0 ? [middle] : [middle - offset, middle + offset]) {
        if (y >= height) continue;
        row = matrix.getRow(y, row);
        let text = decode(y);
        const global = text === null && thorough ? blackRow(bitmap, y, row) : null;
        if (global !== null) {
          row = global;
          text = decode(y);
        }
        if (text !== null) return text;
      }
    }
    return null;
  });
}

export function createBarcodeReaders(): BarcodeReaders {
  const linear = new MultiFormatOneDReader(LINEAR_HINTS);
  const matrix: Record<Symbology2D, Reader> = {
    qr: new QRCodeReader(),
    datamatrix: new DataMatrixReader(),
    pdf417: new PDF417Reader(),
  };
  // A bitmap keeps its black-and-white matrix: every reader and pass that looks at the same view
  // of a frame (FrameViews makes each view once) shares one binarisation of it.
  const bitmaps = {
    upright: new WeakMap<LuminanceFrame, BinaryBitmap>(),
    inverted: new WeakMap<LuminanceFrame, BinaryBitmap>(),
  };
  const bitmapOf = (frame: LuminanceFrame, inverted: boolean | undefined) => {
    const cache = inverted ? bitmaps.inverted : bitmaps.upright;
    let bitmap = cache.get(frame);
    if (bitmap === undefined) {
      bitmap = new BinaryBitmap(new HybridBinarizer(sourceOf(frame, inverted)));
      cache.set(frame, bitmap);
    }
    return bitmap;
  };
  return {
    linear: (frame, options = {}) => scanRows(linear, bitmapOf(frame, options.inverted), options.thorough === true),
    matrix(symbologies, frame, options = {}) {
      const bitmap = bitmapOf(frame, options.inverted);
      const hints = options.thorough ? THOROUGH_HINTS : undefined;
      for (const symbology of symbologies) {
        const text = attempt(matrix[symbology], bitmap, hints);
        if (text !== null) return text;
      }
      return null;
    },
  };
}
