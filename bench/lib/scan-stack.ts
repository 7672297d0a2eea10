/**
 * A real terminal stack for the scanning benchmark, as the end-to-end tests build it: the demo
 * data seeded by the admin CLI into a temp folder, the backend as a child process on a free port,
 * and the terminal host with its browser-mode server in this process, paired with the demo key.
 * `dispose()` stops both and removes the folder; it is also registered for Ctrl-C.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserTerminal } from '../../electron/browser/launch.js';
import { writeTerminalConfig } from '../../electron/host/config.js';
import { createBackendProcess } from '../../electron/launch/backend-process.js';
import { runDemoSeed, type DemoData } from '../../electron/launch/demo-seed.js';
import { backendEnv } from '../../test/e2e/support/backend-env.js';
import { registerCleanup } from './cleanup.js';

export interface ScanStack {
  demo: DemoData;
  /** The terminal's address with its launch token. */
  launchUrl: string;
  dispose(): Promise<void>;
}

const PROJECT_DIR = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(PROJECT_DIR, 'dist/renderer');

export async function startScanStack(): Promise<ScanStack> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first');
  }
  const root = await mkdtemp(join(tmpdir(), 'tillcard-scanbench-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(root, { recursive: true, force: true })];
  const dispose = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  const unregister = registerCleanup(dispose);
  try {
    const env = backendEnv(join(root, 'backend'));
    const demo = await runDemoSeed({ cwd: PROJECT_DIR, env });
    const backend = createBackendProcess({ cwd: PROJECT_DIR, env, port: 0, logFile: join(root, 'backend.log') });
    cleanups.push(() => backend.stop());
    await backend.start();
    const terminalDir = join(root, 'terminal');
    await writeTerminalConfig(terminalDir, { backendUrl: backend.url, terminalKey: demo.terminal.key });
    const terminal = await startBrowserTerminal({ terminalDir, staticDir: RENDERER_DIR, port: 0, env: {} });
    cleanups.push(() => terminal.close());
    return {
      demo,
      launchUrl: terminal.launchUrl,
      dispose: async () => {
        await dispose();
        unregister();
      },
    };
  } catch (error) {
    await dispose();
    unregister();
    throw error;
  }
}
