/**
 * The ways a camera frame is tried, cheapest first. Every frame gets the quick pass (the upright
 * Code 128, Code 39 or QR code a cashier usually shows); when it finds nothing, the frame also
 * gets the next thorough pass in turn, so a card held still for one cycle has been tried every
 * way (other 2D symbologies, light on dark, sideways, through noise, at full size, at an angle)
 * while no single frame costs more than one quick and one thorough pass.
 */
import type { BarcodeReaders } from './barcode-readers.js';
import { surveyFrame, type FrameSurvey } from './barcode-precheck.js';
import {
  crop,
  halfLuminanceOf,
  halve,
  luminanceOf,
  quarterTurn,
  smoothAlongBars,
  halveSoftly,
  turn,
  type FramePixels,
  type LuminanceFrame,
  type Region,
} from './luminance.js';

/**
 * A frame and the transforms of it that passes share, each made at most once per frame, and only
 * when a pass asks: most frames need no more than the half-size one.
 */
export class FrameViews {
  private readonly cache = new Map<string, LuminanceFrame>();
  private surveyed: FrameSurvey | null = null;
  constructor(private readonly pixels: FramePixels) {}

  get full(): LuminanceFrame {
    const { width, height, data, channels } = this.pixels;
    return this.view('full', () => ({ width, height, data: channels === 1 ? data : luminanceOf(data, width, height) }));
  }

  /** Where the frame has edges, and which way they run (renderer/scanning/barcode-precheck.ts). */
  get survey(): FrameSurvey {
    this.surveyed ??= surveyFrame(this.half);
    return this.surveyed;
  }

  private view(key: string, make: () => LuminanceFrame): LuminanceFrame {
    let frame = this.cache.get(key);
    if (frame === undefined) {
      frame = make();
      this.cache.set(key, frame);
    }
    return frame;
  }

  /** Half size: a quarter of the pixels, and the 2×2 mean halves the sensor noise. */
  get half() {
    const { width, height, data, channels } = this.pixels;
    return this.view('half', () => (channels === 1 ? halve(this.full) : halfLuminanceOf(data, width, height)));
  }
  /** Where the survey saw upright bars, at full size; null when it saw none. */
  get bars(): LuminanceFrame | null {
    const region = this.survey.barsAcrossRows;
    return region && this.view('bars', () => crop(this.full, doubled(region)));
  }
  /** Where it saw sideways bars, turned a quarter so that they stand upright. */
  get sidewaysBars(): LuminanceFrame | null {
    const region = this.survey.barsAcrossColumns;
    return region && this.view('sidewaysBars', () => quarterTurn(crop(this.full, doubled(region))));
  }
  get smoothedBars(): LuminanceFrame | null {
    const bars = this.bars;
    return bars && this.view('smoothedBars', () => smoothAlongBars(bars));
  }
  /** The half-size frame cut to where the survey saw anything stand out. */
  get busyHalf(): LuminanceFrame {
    const region = this.survey.busyRegion;
    return region === null ? this.half : this.view('busyHalf', () => crop(this.half, region));
  }
  /** The full-size frame cut to where the survey saw anything stand out. */
  get busyFull(): LuminanceFrame {
    const region = this.survey.busyRegion;
    return region === null ? this.full : this.view('busyFull', () => crop(this.full, doubled(region)));
  }
  get softHalf() {
    return this.view('softHalf', () => halveSoftly(this.full));
  }
  turnedHalf(degrees: number) {
    return this.view(`turnedHalf${degrees}`, () => turn(this.busyHalf, degrees));
  }
}

/** A region of the half-size frame, in the full frame's pixels. */
function doubled(region: Region): Region {
  return { left: region.left * 2, top: region.top * 2, width: region.width * 2, height: region.height * 2 };
}

export interface DecodePass {
  name: string;
  run(views: FrameViews, readers: BarcodeReaders): string | null;
}

/** The 1D readers, on where the survey saw bars (they are the costly part); null where it saw none. */
function linear(
  readers: BarcodeReaders,
  bars: LuminanceFrame | null,
  options?: { inverted?: boolean; thorough?: boolean },
): string | null {
  return bars && readers.linear(bars, options);
}

/** Every frame: 1D codes on full-size rows, QR at half size (its modules are big). */
export const QUICK_PASS: DecodePass = {
  name: 'quick',
  run: (views, readers) => linear(readers, views.bars) ?? readers.matrix(['qr'], views.half),
};

/** One of these per frame, in turn, while nothing is read. */
export const THOROUGH_PASSES: readonly DecodePass[] = [
  {
    // Data Matrix and PDF417, and 1D codes on twice as many rows, each cut two ways: a code
    // that only some rows show cleanly (tilted, unevenly lit).
    name: 'closer look',
    run: (views, readers) =>
      readers.matrix(['datamatrix', 'pdf417'], views.half) ?? linear(readers, views.bars, { thorough: true }),
  },
  {
    // A dark card with light bars, or a code shown on a phone in dark mode.
    name: 'inverted',
    run: (views, readers) =>
      linear(readers, views.bars, { inverted: true }) ??
      readers.matrix(['qr', 'datamatrix', 'pdf417'], views.half, { inverted: true }),
  },
  {
    // A card held upright: 1D and PDF417 rows run down the frame. QR and Data Matrix read at any
    // quarter turn already.
    name: 'sideways',
    run: (views, readers) => {
      const bars = views.sidewaysBars;
      return bars && (readers.linear(bars) ?? readers.matrix(['pdf417'], bars));
    },
  },
  {
    // Dim light: sensor noise. Averaging along the bars keeps 1D edges sharp; 2D codes are softened.
    name: 'denoised',
    run: (views, readers) =>
      linear(readers, views.smoothedBars, { thorough: true }) ??
      readers.matrix(['qr', 'datamatrix', 'pdf417'], views.softHalf),
  },
  {
    // Small or soft QR and PDF417 codes that half size loses (Data Matrix modules are bigger
    // for the same text): the part of the frame where anything stands out, searched harder.
    name: 'full size',
    run: (views, readers) => readers.matrix(['qr', 'pdf417'], views.busyFull, { thorough: true }),
  },
  {
    // zxing's Data Matrix detector wants the code within about 15° of square to the frame.
    name: 'turned',
    run: (views, readers) =>
      readers.matrix(['datamatrix'], views.turnedHalf(30)) ?? readers.matrix(['datamatrix'], views.turnedHalf(-30)),
  },
];
