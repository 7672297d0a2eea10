/**
 * The end-to-end half of `npm run bench:scan`: one real stack, then keyboard-wedge scans in one
 * Chromium and webcam reads in others, printed as p50/p95 beside their references and goals.
 */
import { chromium } from '@playwright/test';
import { quantile } from './stats.js';
import { registerCleanup } from './cleanup.js';
import { startScanStack } from './scan-stack.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, cardFrameDecodeMs, measureCamera, type CameraSymbology } from './scan-camera.js';
import { measureWedge } from './scan-wedge.js';
import { openSignedIn } from './scan-page.js';
import { table } from './table.js';

export interface LatencyPlan {
  wedgeScans: number;
  cameraScans: number;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

function row(label: string, samplesMs: readonly number[], reference: string, goalP95Ms: number | null): string[] {
  const p95 = quantile(samplesMs, 0.95);
  const goal = goalP95Ms === null ? '' : `p95 ≤ ${goalP95Ms} ms ${p95 <= goalP95Ms ? 'met' : 'NOT MET'}`;
  return [label, String(samplesMs.length), ms(quantile(samplesMs, 0.5)), ms(p95), reference, goal];
}

const SYMBOLOGY_NAMES: Record<CameraSymbology, string> = { code128: 'Code 128', qrcode: 'QR' };

/** Prints the table; returns whether every goal was met. */
export async function printScanLatencies(plan: LatencyPlan): Promise<boolean> {
  const stack = await startScanStack();
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const unregister = registerCleanup(() => browser.close());
    let wedge;
    try {
      const page = await openSignedIn(browser, stack.launchUrl, stack.demo);
      wedge = await measureWedge(page, stack.demo, plan.wedgeScans);
    } finally {
      await browser.close();
      unregister();
    }
    const rows = [
      row(
        'wedge: end of burst (Enter) → balance',
        wedge.wedgeMs,
        `click "Show balance": p50 ${ms(quantile(wedge.clickMs, 0.5))}, p95 ${ms(quantile(wedge.clickMs, 0.95))}`,
        50,
      ),
    ];
    let met = quantile(wedge.wedgeMs, 0.95) <= 50 && wedge.lostScans === 0;
    for (const symbology of ['code128', 'qrcode'] as const) {
      const camera = await measureCamera(() => stack.launchUrl, stack.demo, symbology, plan.cameraScans);
      const decode = await cardFrameDecodeMs(stack.demo, symbology);
      const name = SYMBOLOGY_NAMES[symbology];
      const decodeAlone = `decode alone: ${ms(decode.pipelineMs)} (zxing-wasm ${ms(decode.referenceMs)})`;
      rows.push(row(`webcam ${name}: card shown → decoded`, camera.decodedMs, decodeAlone, 200));
      rows.push(row(`webcam ${name}: card shown → balance`, camera.onScreenMs, '', null));
      met &&= quantile(camera.decodedMs, 0.95) <= 200;
    }
    console.log('\nend to end in Chromium, real backend and terminal host (page clock, first frame painted)');
    console.log(table(['path', 'n', 'p50', 'p95', 'reference (same run)', 'goal'], rows));
    if (wedge.missedBursts > 0) console.log(`(${wedge.missedBursts} wedge burst(s) not taken as a scan, retried)`);
    if (wedge.lostScans > 0)
      console.log(
        `(${wedge.lostScans} of ${plan.wedgeScans} wedge scans lost: no burst of the 3 tried was taken as a scan)`,
      );
    console.log(
      'webcam: the fake camera shows 1 s of an empty counter, then 1 s of the card, at 30 frames/s; ' +
        'measured from the first card frame the preview shows.',
    );
    return met;
  } finally {
    await stack.dispose();
  }
}
