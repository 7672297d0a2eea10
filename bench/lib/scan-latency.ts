/**
 * The end-to-end half of `npm run bench:scan`: one real stack, then keyboard-wedge scans in one
 * Chromium and camera starts in others, printed as p50/p95 next to their references.
 */
import { chromium } from '@playwright/test';
import { quantile } from './stats.js';
import { registerCleanup } from './cleanup.js';
import { startScanStack } from './scan-stack.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, measureCamera } from './scan-camera.js';
import { measureWedge } from './scan-wedge.js';
import { openSignedIn } from './scan-page.js';

export interface LatencyPlan {
  wedgeScans: number;
  cameraScans: number;
}

function row(label: string, samplesMs: readonly number[]): string {
  const cell = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  return `${label.padEnd(44)} | ${String(samplesMs.length).padStart(3)} | ${cell(quantile(samplesMs, 0.5))} | ${cell(quantile(samplesMs, 0.95))}`;
}

export async function printScanLatencies(plan: LatencyPlan): Promise<void> {
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
    const code128 = await measureCamera(stack.launchUrl, stack.demo, 'code128', plan.cameraScans);
    const qr = await measureCamera(stack.launchUrl, stack.demo, 'qrcode', plan.cameraScans);

    console.log('\nend to end in Chromium, real backend and terminal host (page clock, first frame painted)');
    console.log(`${'path'.padEnd(44)} |   n |       p50 |       p95`);
    console.log(row('wedge: end of burst (Enter) → balance', wedge.wedgeMs));
    console.log(row('reference: click "Show balance" → balance', wedge.clickMs));
    if (wedge.missedBursts > 0) console.log(`(${wedge.missedBursts} wedge burst(s) not taken as a scan, retried)`);
    console.log(row('webcam Code 128: camera start → balance', code128));
    console.log(row('webcam QR: camera start → balance', qr));
  } finally {
    await stack.dispose();
  }
}
