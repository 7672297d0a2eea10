/**
 * `npm run bench:scan` — scanning, measured two ways in one run:
 * - decodes per second of our camera frame pipeline beside zxing-js and zxing-wasm on 640×480
 *   frames (bench/lib/scan-decode-rate.ts);
 * - end to end in Chromium against a real stack: keyboard wedge end of burst → balance on screen
 *   next to a click lookup, and webcam camera start → balance (bench/lib/scan-latency.ts).
 * BENCH_SCAN_WEDGE_SCANS and BENCH_SCAN_CAMERA_SCANS change the sample counts (50 and 5).
 */
import { printDecodeRates } from './lib/scan-decode-rate.js';
import { printScanLatencies } from './lib/scan-latency.js';

function countFrom(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 500) throw new Error(`${name} must be an integer 1..500`);
  return value;
}

await printDecodeRates();
await printScanLatencies({
  wedgeScans: countFrom('BENCH_SCAN_WEDGE_SCANS', 50),
  cameraScans: countFrom('BENCH_SCAN_CAMERA_SCANS', 5),
});
