/**
 * A cheap survey of a (half-size) frame before any decoder runs. The frame is cut into blocks;
 * each block's light/dark steps across and down are summed. A block is busy when it holds far
 * more steps than the quiet part of the same frame (so a washed-out or soft card still counts,
 * and even sensor noise does not), and it has bars across its rows when its steps run mostly
 * left-right, as in an upright 1D code (noise, text and clutter step both ways about equally).
 *
 * The frame goes to the decoders only when a block is busy, and the 1D readers (upright or
 * sideways) only when a block has bars that way: a live camera's empty frames cost little. It
 * must never turn away a frame a decoder reads: test/unit/scanning/barcode-precheck.test.ts holds
 * it to every image of the hard-case corpus that the pipeline or zxing-wasm reads.
 */
import type { LuminanceFrame, Region } from './luminance.js';

export interface FrameSurvey {
  /** Something with edges stands out of the frame's background: worth a decoder. */
  busy: boolean;
  /** The rectangle around every block that stands out, with a margin; null when none does. */
  busyRegion: Region | null;
  /** Where steps run mostly along rows (an upright 1D code may be there), with room around it. */
  barsAcrossRows: Region | null;
  /** Where steps run mostly down columns (a 1D code held sideways may be there), with room around. */
  barsAcrossColumns: Region | null;
}

/** Block side in pixels of the half-size frame (16 pixels of the camera's). */
const BLOCK = 8;
/** A busy block has this many times the steps of the frame's quiet blocks… */
const BUSY_OVER_QUIET = 2.5;
/** …and at least this mean step per pixel (grey levels), so a flat frame has no busy block. */
const MIN_MEAN_STEP = 1.5;
const MIN_BLOCK_STEPS = MIN_MEAN_STEP * 2 * BLOCK * BLOCK;
/** Which share of the blocks, from the quietest, sets the frame's quiet level. */
const QUIET_SHARE = 0.2;
/** One direction's steps this many times the other's makes bars… */
const BARS_RATIO = 1.8;
/** …in this many blocks side by side along the code (64 camera pixels: a letter is narrower). */
const BARS_MIN_BLOCKS = 4;
/** Blocks added on either side of the rows (or columns) of bars: ends of bars the survey missed. */
const MARGIN = 2;

export function surveyFrame(frame: LuminanceFrame): FrameSurvey {
  const { width, height, data } = frame;
  const columns = Math.floor((width - 1) / BLOCK);
  const rows = Math.floor((height - 1) / BLOCK);
  // Per block: the steps along its rows (across) and down its columns, less each run's net
  // change. A lone edge (a card's border, a shadow) rises once and counts for nothing; bars,
  // modules and letters rise and fall again and again.
  const across = new Float64Array(columns * rows);
  const down = new Float64Array(columns * rows);
  for (let y = 0; y < rows * BLOCK; y++) {
    const line = y * width;
    const blockRow = Math.floor(y / BLOCK) * columns;
    for (let bx = 0, x = 0; bx < columns; bx++) {
      let steps = 0;
      const start = data[line + x] ?? 0;
      for (let end = x + BLOCK; x < end; x++) steps += Math.abs((data[line + x + 1] ?? 0) - (data[line + x] ?? 0));
      across[blockRow + bx]! += steps - Math.abs((data[line + x] ?? 0) - start);
    }
  }
  for (let x = 0; x < columns * BLOCK; x++) {
    const bx = Math.floor(x / BLOCK);
    for (let by = 0, y = 0; by < rows; by++) {
      let steps = 0;
      const start = data[y * width + x] ?? 0;
      for (let end = y + BLOCK; y < end; y++)
        steps += Math.abs((data[(y + 1) * width + x] ?? 0) - (data[y * width + x] ?? 0));
      down[by * columns + bx]! += steps - Math.abs((data[y * width + x] ?? 0) - start);
    }
  }
  const energy = Array.from(across, (value, i) => value + (down[i] ?? 0));
  const quiet = [...energy].sort((a, b) => a - b)[Math.floor(energy.length * QUIET_SHARE)] ?? 0;
  const threshold = Math.max(quiet * BUSY_OVER_QUIET, MIN_BLOCK_STEPS);
  const busy = (i: number) => (energy[i] ?? 0) >= threshold;
  const barsAcross = (r: number, c: number) =>
    busy(r * columns + c) && (across[r * columns + c] ?? 0) >= (down[r * columns + c] ?? 0) * BARS_RATIO;
  const barsDown = (r: number, c: number) =>
    busy(r * columns + c) && (down[r * columns + c] ?? 0) >= (across[r * columns + c] ?? 0) * BARS_RATIO;
  const grid = { columns, rows, width, height };
  const survey: FrameSurvey = {
    busy: energy.some((_, i) => busy(i)),
    busyRegion: busyRegion(grid, busy),
    barsAcrossRows: barsRegion(grid, 'rows', barsAcross),
    barsAcrossColumns: barsRegion(grid, 'columns', barsDown),
  };
  // A code so close that it fills the frame leaves no quiet blocks to compare with; its bars
  // still all run one way, which noise and clutter do not.
  const [allAcross, allDown] = [sum(across), sum(down)];
  if (!survey.busy && allAcross + allDown >= MIN_BLOCK_STEPS * energy.length) {
    const whole = { left: 0, top: 0, width, height };
    if (allAcross >= allDown * BARS_RATIO) survey.barsAcrossRows = whole;
    if (allDown >= allAcross * BARS_RATIO) survey.barsAcrossColumns = whole;
    survey.busy = survey.barsAcrossRows !== null || survey.barsAcrossColumns !== null;
    if (survey.busy) survey.busyRegion = { left: 0, top: 0, width, height };
  }
  return survey;
}

interface BlockGrid {
  columns: number;
  rows: number;
  /** The frame's size in pixels. */
  width: number;
  height: number;
}

/**
 * The band of rows (or columns) of the frame that holds every run of at least BARS_MIN_BLOCKS
 * blocks along `direction` for which `bars` holds, with a margin; null when there is no such run.
 * The band spans the whole frame along the code: a row's own threshold is then the same as in
 * the whole frame, and the code's quiet zones are never cut off.
 */
function barsRegion(
  grid: BlockGrid,
  direction: 'rows' | 'columns',
  bars: (row: number, column: number) => boolean,
): Region | null {
  const along = direction === 'rows';
  const [lines, length] = along ? [grid.rows, grid.columns] : [grid.columns, grid.rows];
  let [first, last] = [Infinity, -Infinity];
  for (let line = 0; line < lines; line++) {
    let run = 0;
    for (let at = 0; at < length && run < BARS_MIN_BLOCKS; at++)
      run = (along ? bars(line, at) : bars(at, line)) ? run + 1 : 0;
    if (run >= BARS_MIN_BLOCKS) [first, last] = [Math.min(first, line), Math.max(last, line)];
  }
  if (first > last) return null;
  const from = Math.max(0, (first - MARGIN) * BLOCK);
  const to = Math.min(along ? grid.height : grid.width, (last + 1 + MARGIN) * BLOCK);
  return along
    ? { left: 0, top: from, width: grid.width, height: to - from }
    : { left: from, top: 0, width: to - from, height: grid.height };
}

function busyRegion(grid: BlockGrid, busy: (block: number) => boolean): Region | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let row = 0; row < grid.rows; row++)
    for (let column = 0; column < grid.columns; column++) {
      if (!busy(row * grid.columns + column)) continue;
      [left, right] = [Math.min(left, column), Math.max(right, column)];
      [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
    }
  if (left > right) return null;
  const x0 = Math.max(0, (left - MARGIN) * BLOCK);
  const y0 = Math.max(0, (top - MARGIN) * BLOCK);
  const x1 = Math.min(grid.width, (right + 1 + MARGIN) * BLOCK);
  const y1 = Math.min(grid.height, (bottom + 1 + MARGIN) * BLOCK);
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Whether any decoder should look at the frame. */
export function looksLikeBarcode(frame: LuminanceFrame): boolean {
  return surveyFrame(frame).busy;
}
