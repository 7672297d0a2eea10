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
import { writeTerminalConfig } from '../../electron/host/config-file.js';
import { createBackendProcess } from '../../scripts/start/backend-process.js';
import { runDemoSeed, type DemoData } from '../../scripts/start/demo-seed.js';
import { spawnProgram, tailOf } from '../../scripts/start/tsx-process.js';
import { backendEnv } from '../../test/e2e/support/backend-env.js';
import { registerCleanup } from './cleanup.js';

export interface ScanStack {
  demo: DemoData;
  /** Codes of the extra active cards asked for (none unless `extraCards` was given). */
  extraCodes: string[];
  /** The backend's own address (for a reference measured from Node). */
  backendUrl: string;
  /** The terminal's address with a fresh single-use launch token (a new one on each read). */
  readonly launchUrl: string;
  dispose(): Promise<void>;
}

const PROJECT_DIR = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(PROJECT_DIR, 'dist/renderer');

export interface ScanStackOptions {
  /** The terminal host's environment (a printer, say); empty by default. */
  hostEnv?: Record<string, string>;
  /** Active cards of the demo store's currency issued besides the demo's, one per customer. */
  extraCards?: { count: number; amountMinor: number };
}

/** Issues active cards with the admin CLI (`cards issue … --json`) and answers their codes. */
async function issueCards(env: Record<string, string | undefined>, count: number, amountMinor: number) {
  const args = ['cards', 'issue', '--count', String(count), '--amount', String(amountMinor), '--json'];
  const child = spawnProgram('admin', args, { cwd: PROJECT_DIR, env });
  const output: string[] = [];
  const errors: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const code = await new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  if (code !== 0) throw new Error(`admin cards issue exited with ${code}:\n${tailOf(errors)}`);
  const text = output.join('');
  const issued = JSON.parse(text.slice(text.indexOf('{'))) as { cards: { code: string }[] };
  return issued.cards.map((card) => card.code);
}

export async function startScanStack(options: ScanStackOptions = {}): Promise<ScanStack> {
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
    const extra = options.extraCards;
    const extraCodes = extra ? await issueCards(env, extra.count, extra.amountMinor) : [];
    const backend = createBackendProcess({ cwd: PROJECT_DIR, env, port: 0, logFile: join(root, 'backend.log') });
    cleanups.push(() => backend.stop());
    await backend.start();
    const terminalDir = join(root, 'terminal');
    await writeTerminalConfig(terminalDir, { backendUrl: backend.url, terminalKey: demo.terminal.key });
    const terminal = await startBrowserTerminal({
      terminalDir,
      staticDir: RENDERER_DIR,
      port: 0,
      env: options.hostEnv ?? {},
    });
    cleanups.push(() => terminal.close());
    return {
      demo,
      extraCodes,
      backendUrl: backend.url,
      // A launch address works once: each read makes a new one, as the terminal's own does.
      get launchUrl() {
        return terminal.launchUrl;
      },
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
