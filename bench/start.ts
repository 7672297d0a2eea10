/**
 * `npm run bench:start`: a second `npm start` on a data folder an earlier start seeded, timed from
 * spawn to a usable sign-in form (the Sign in button enabled, in a Chromium page already open, as a
 * till's browser would be), with the machine's load beside it. Goal: ≤ 3 s.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { stopChild } from '../electron/launch/tsx-process.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const URL_LINE = /Tillcard terminal \(browser mode\): (http:\/\/127\.0\.0\.1:\d+\/\S+)/;

/** A port nothing listens on now, for the backend (as npm start's fixed 8787 would be). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startOnce(dataDir: string) {
  const port = await freePort();
  const startedMs = performance.now();
  const child = spawn(process.execPath, ['scripts/launch.mjs', '--no-open'], {
    env: { ...process.env, TILLCARD_DATA_DIR: dataDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = URL_LINE.exec(output);
      if (found?.[1]) resolve(found[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { child, startedMs, url, output: () => output };
}

const dataDir = await mkdtemp(join(tmpdir(), 'tillcard-bench-start-'));
const browser = await chromium.launch({
  executablePath: process.env.TILLCARD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  // The first start seeds the folder and writes the demo card sheet; it is not what is timed.
  const first = await startOnce(dataDir);
  await first.url;
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  await stopChild(first.child);

  const urlMs: number[] = [];
  const usableMs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage();
    const start = await startOnce(dataDir);
    const url = await start.url;
    urlMs.push(performance.now() - start.startedMs);
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Cashier ID' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    usableMs.push(performance.now() - start.startedMs);
    if (/Building|Seeding/.test(start.output())) console.log(`run ${run + 1} built or seeded: ${start.output()}`);
    await page.close();
    await stopChild(start.child);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const max = (values: number[]) => Math.max(...values);
  console.log(
    `second npm start, ${RUNS} runs, load average ${loadavg()[0]?.toFixed(1)} on ${process.env.HOSTNAME ?? 'this machine'}`,
  );
  console.log(`  spawn → URL printed:        median ${median(urlMs).toFixed(0)} ms, max ${max(urlMs).toFixed(0)} ms`);
  console.log(
    `  spawn → sign-in usable:     median ${median(usableMs).toFixed(0)} ms, max ${max(usableMs).toFixed(0)} ms (goal ≤ 3000 ms)`,
  );
} finally {
  await browser.close();
  await rm(dataDir, { recursive: true, force: true });
}
