/**
 * A second `npm start` on a data folder an earlier start seeded, timed from spawn to the URL line
 * and to a usable sign-in form (Cashier ID and Sign in on screen, in a Chromium page already open,
 * as a till's browser would be). The backend gets a free fixed port, as npm start's 8787 would be.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { stopChild } from '../../scripts/start/tsx-process.js';
import { currentLoad, median } from './stats.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../..');
const URL_LINE = /Tillcard terminal \(browser mode\): (http:\/\/127\.0\.0\.1:\d+\/\S+)/;

export interface StartTimes {
  loadAverage: number;
  urlMedianMs: number;
  usableMedianMs: number;
  usableMaxMs: number;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

async function startOnce(dataDir: string) {
  const port = await freePort();
  const startedMs = performance.now();
  const child = spawn(process.execPath, ['scripts/launch.mjs', '--no-open'], {
    cwd: PROJECT_DIR,
    env: { ...process.env, TILLCARD_DATA_DIR: dataDir, TILLCARD_TERMINAL_DIR: undefined, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = URL_LINE.exec(output);
      if (found?.[1]) resolveUrl(found[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  url.catch(() => undefined);
  return { child, startedMs, url, output: () => output };
}

export async function timeSecondStart(runs: number): Promise<StartTimes> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tillcard-bench-start-'));
  const browser = await chromium.launch({
    executablePath: process.env.TILLCARD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    // The first start builds what changed, seeds the folder and renders the demo card sheet: not timed.
    const first = await startOnce(dataDir);
    await first.url;
    while (!/Printable demo cards|could not be written/.test(first.output())) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    }
    await stopChild(first.child);
    const loadAverage = currentLoad();
    const urlMs: number[] = [];
    const usableMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      const start = await startOnce(dataDir);
      try {
        const url = await start.url;
        urlMs.push(performance.now() - start.startedMs);
        await page.goto(url);
        await page.getByRole('textbox', { name: 'Cashier ID' }).waitFor();
        await page.getByRole('button', { name: 'Sign in' }).waitFor();
        usableMs.push(performance.now() - start.startedMs);
        if (/Building|Seeding/.test(start.output()))
          throw new Error(`a second start built or seeded:\n${start.output()}`);
      } finally {
        await page.close();
        await stopChild(start.child);
      }
    }
    return {
      loadAverage,
      urlMedianMs: median(urlMs),
      usableMedianMs: median(usableMs),
      usableMaxMs: Math.max(...usableMs),
    };
  } finally {
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
