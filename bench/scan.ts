/**
 * `npm run bench:scan` — scanning, measured in one run, each figure beside its reference and goal:
 * - the camera pipeline on the hard-case corpus (codes read per symbology) and on realistic
 *   frames without a barcode (decodes per second), beside zxing-wasm (bench/lib/scan-decode-rate.ts);
 * - end to end in Chromium against a real stack: keyboard wedge end of burst → balance next to a
 *   click lookup, and webcam card shown → decoded and → balance (bench/lib/scan-latency.ts).
 * BENCH_SCAN_WEDGE_SCANS and BENCH_SCAN_CAMERA_SCANS change the sample counts (50 and 10).
 * It prints how busy the machine was, since every figure moves with it.
 */
import { loadavg } from 'node:os';
import { printDecodeRates } from './lib/scan-decode-rate.js';
import { printScanLatencies } from './lib/scan-latency.js';

function countFrom(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 500) throw new Error(`${name} must be an integer 1..500`);
  return value;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(`load average before (1, 5, 15 min): ${load()}`);
const decodeGoalsMet = await printDecodeRates();
const latencyGoalsMet = await printScanLatencies({
  wedgeScans: countFrom('BENCH_SCAN_WEDGE_SCANS', 50),
  cameraScans: countFrom('BENCH_SCAN_CAMERA_SCANS', 10),
});
console.log(`\nload average after (1, 5, 15 min): ${load()}`);
console.log(decodeGoalsMet && latencyGoalsMet ? 'every goal met' : 'some goals NOT MET (see above)');
