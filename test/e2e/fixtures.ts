/**
 * Every end-to-end test gets its own stack: a temp folder; a fresh SQLite database with the demo
 * data (seeded by the admin CLI once per worker, copied for each test); the backend as a child
 * process on a free port; and the terminal host with its browser-mode server in this process on
 * another free port, paired with the demo key. `page` opens already at the terminal's URL (with
 * its launch token). Everything is torn down after the test, whether it passed or not.
 */
import { test as base, expect } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserTerminal, type BrowserTerminal } from '../../electron/browser/launch.js';
import { writeTerminalConfig } from '../../electron/host/config-file.js';
import { createBackendProcess } from '../../scripts/start/backend-process.js';
import type { DemoData } from '../../scripts/start/demo-seed.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startE2ePrinter, type E2ePrinterOption, type FakeEscPosPrinter } from '../fixtures/fake-escpos-printer.js';
import { backendEnv } from './support/backend-env.js';
import { copyDemoData, seedDemoTemplate, type DemoTemplate } from './support/demo-template.js';

export type { DemoData };

export interface BackendControl {
  /** The backend's base URL; it keeps its port across stop() and start(). */
  readonly url: string;
  /** Stops the backend process (SIGTERM), as an outage would. */
  stop(): Promise<void>;
  /**
   * Starts it again on the same port and database. `fault: 'exit-after-commit'` makes this run
   * of the backend die right after it commits a redemption, before answering: the terminal then
   * cannot know the outcome. Start it again without the fault to recover.
   */
  start(options?: { fault?: 'exit-after-commit' }): Promise<void>;
}

export interface TerminalInfo {
  /** The browser-mode server's origin, without the token. */
  url: string;
  /** The address the page was opened at: `url` plus `#token=…`. */
  launchUrl: string;
  /** The terminal's data folder: config.json, outbox.jsonl, logs/terminal.log. */
  dir: string;
}

interface StackFixtures {
  demo: DemoData;
  backend: BackendControl;
  terminal: TerminalInfo;
  /** The fault proxy between host and backend: present when the test sets `faultProxy: true`. */
  faults: FaultProxy;
  /** The fake ESC/POS printer: present when the test sets `printer: { kind: 'escpos' }`. */
  fakePrinter: FakeEscPosPrinter;
}

interface StackOptions {
  /** Put the fault proxy (test/support/fault-proxy.ts) between the terminal host and the backend. */
  faultProxy: boolean;
  /** How the terminal prints receipts (test/fixtures/fake-escpos-printer.ts); null: the defaults. */
  printer: E2ePrinterOption;
}

interface Stack extends Omit<StackFixtures, 'faults' | 'fakePrinter'> {
  browserTerminal: BrowserTerminal;
  proxy: FaultProxy | null;
  fakePrinter: FakeEscPosPrinter | null;
}

const PROJECT_DIR = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(PROJECT_DIR, 'dist/renderer');

export const test = base.extend<StackFixtures & StackOptions & { stack: Stack }, { demoTemplate: DemoTemplate }>({
  faultProxy: [false, { option: true }],
  printer: [null, { option: true }],
  demoTemplate: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const template = await seedDemoTemplate(PROJECT_DIR);
      await use(template);
      await template.dispose();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  stack: async ({ demoTemplate, faultProxy, printer }, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'tillcard-e2e-'));
    const cleanups: (() => Promise<void>)[] = [() => rm(root, { recursive: true, force: true })];
    try {
      const env = backendEnv(join(root, 'backend'));
      await copyDemoData(demoTemplate, join(root, 'backend'));
      const demo = demoTemplate.demo;
      const backendProcess = createBackendProcess({
        cwd: PROJECT_DIR,
        env,
        port: 0,
        logFile: join(root, 'backend.log'),
      });
      cleanups.push(() => backendProcess.stop());
      await backendProcess.start();

      const proxy = faultProxy ? await startFaultProxy(backendProcess.url) : null;
      if (proxy) cleanups.push(() => proxy.close());
      const terminalDir = join(root, 'terminal');
      const backendUrl = proxy?.url ?? backendProcess.url;
      await writeTerminalConfig(terminalDir, { backendUrl, terminalKey: demo.terminal.key });
      const printing = await startE2ePrinter(printer);
      if (printing.fake) cleanups.push(() => printing.fake?.close() ?? Promise.resolve());
      // Only the test's printer settings: the host never sees this machine's TILLCARD_* variables.
      const browserTerminal = await startBrowserTerminal({
        terminalDir,
        staticDir: RENDERER_DIR,
        port: 0,
        env: printing.env,
        probeIntervalMs: 1_000,
      });
      cleanups.push(() => browserTerminal.close());

      const backend: BackendControl = {
        get url() {
          return backendProcess.url;
        },
        stop: () => backendProcess.stop(),
        start: (options = {}) => backendProcess.start(options.fault ? { TILLCARD_FAULT: options.fault } : {}),
      };
      const terminal = {
        url: browserTerminal.url,
        // A fresh single-use launch address each time a test reads it (a second page, a second browser).
        get launchUrl() {
          return browserTerminal.launchUrl;
        },
        dir: terminalDir,
      };
      await use({ demo, backend, terminal, browserTerminal, proxy, fakePrinter: printing.fake });
    } finally {
      if (testInfo.status !== testInfo.expectedStatus)
        await keepLogs(root, testInfo.outputPath()).catch(() => undefined);
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    }
  },
  demo: async ({ stack }, use) => use(stack.demo),
  backend: async ({ stack }, use) => use(stack.backend),
  terminal: async ({ stack }, use) => use(stack.terminal),
  fakePrinter: async ({ stack }, use) => {
    if (!stack.fakePrinter) throw new Error("this test needs test.use({ printer: { kind: 'escpos' } })");
    await use(stack.fakePrinter);
  },
  faults: async ({ stack }, use) => {
    if (!stack.proxy) throw new Error('this test needs test.use({ faultProxy: true })');
    await use(stack.proxy);
  },
  page: async ({ page, stack }, use) => {
    await page.goto(stack.terminal.launchUrl);
    await use(page);
  },
});

export { expect };

/** A failed test keeps the backend and terminal logs next to its trace. */
async function keepLogs(root: string, outputDir: string): Promise<void> {
  await cp(join(root, 'backend.log'), join(outputDir, 'backend.log')).catch(() => undefined);
  await cp(join(root, 'terminal', 'logs'), join(outputDir, 'terminal-logs'), { recursive: true }).catch(
    () => undefined,
  );
}
