/**
 * `npm start` (scripts/start.ts --no-open) and `electron/browser-main.ts` as a person runs them:
 * child processes on fresh folders, driven through their printed URL, stopped with Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { stopChild, tsxArgs } from '../../../electron/launch/tsx-process.js';
import { WS_PATH, type WsServerMessage } from '../../../shared/terminal-api.js';
import { backendEnv } from '../../e2e/support/backend-env.js';
import { spendLaunchUrl } from '../../fixtures/browser-launch.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-start-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function run(entry: string, args: string[], env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, tsxArgs(entry, args), {
    cwd: PROJECT_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  // A test that fails half-way still stops the program the polite way first, so it can stop the
  // backend it started; SIGKILL would leave that backend running.
  cleanups.push(() => stopChild(child));
  return { child, exited, output: () => output };
}

async function launchUrl(output: () => string, pattern: RegExp): Promise<string> {
  await expect.poll(() => pattern.test(output()), { timeout: 45_000, interval: 100 }).toBe(true);
  return pattern.exec(output())?.[1] ?? '';
}

/** Connects as the renderer does: the launch address spent for a session cookie, same origin. */
async function openTerminalSocket(url: string) {
  const { origin, cookie } = await spendLaunchUrl(url);
  const socket = new WebSocket(`${origin.replace('http', 'ws')}${WS_PATH}`, { origin, headers: { cookie } });
  cleanups.push(async () => socket.terminate());
  await new Promise((resolveOpen, reject) => socket.once('open', resolveOpen).once('error', reject));
  let lastId = 0;
  return {
    status: () =>
      new Promise<Record<string, unknown>>((resolveCall, reject) => {
        const id = ++lastId;
        const listener = (data: WebSocket.RawData) => {
          const message = JSON.parse(data.toString()) as WsServerMessage;
          if (message.type !== 'result' || message.id !== id) return;
          socket.off('message', listener);
          if (message.result.ok) resolveCall(message.result.value as Record<string, unknown>);
          else reject(new Error(message.result.error.code));
        };
        socket.on('message', listener);
        socket.send(JSON.stringify({ id, method: 'getStatus', input: {} }));
      }),
  };
}

describe('npm start', () => {
  it('seeds, pairs, starts backend and terminal, prints the demo, and stops everything on Ctrl-C', async () => {
    const dataDir = await tempDir();
    const env = { ...backendEnv(dataDir), PORT: '0', TILLCARD_TERMINAL_DIR: undefined };
    // A language a manager chose on an earlier run: starting again must not forget it.
    await mkdir(join(dataDir, 'terminal'), { recursive: true });
    await writeFile(join(dataDir, 'terminal', 'config.json'), JSON.stringify({ language: 'es' }), { mode: 0o600 });
    const start = run('scripts/start.ts', ['--no-open'], env);
    const url = await launchUrl(
      start.output,
      /Tillcard terminal \(browser mode\): (http:\/\/127\.0\.0\.1:\d+\/launch\?token=\S+)/,
    );
    expect(start.output()).toMatch(/Cashier: ID \S+, PIN \d+/);
    expect(start.output()).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{6}-[0-9A-Z]{5}\s+active/);

    const configFile = join(dataDir, 'terminal', 'config.json');
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);
    const config = JSON.parse(await readFile(configFile, 'utf8')) as {
      backendUrl: string;
      terminalKey: string;
      language: string;
    };
    expect(config.terminalKey).toMatch(/\S{16,}/);
    expect(config.language).toBe('es');
    const terminal = await openTerminalSocket(url);
    await expect.poll(async () => (await terminal.status()).connection, { timeout: 15_000 }).toBe('online');
    expect(await terminal.status()).toMatchObject({ configured: true, backendUrl: config.backendUrl, session: null });

    start.child.kill('SIGINT');
    expect(await start.exited).toBe(0);
    await expect(fetch(`${config.backendUrl}/healthz`)).rejects.toThrow();
  });
});

describe('browser-main', () => {
  it('prints one ready line with a single-use token, which never reaches the log file', async () => {
    const terminalDir = await tempDir();
    const main = run('electron/browser-main.ts', ['--port', '0'], {
      ...process.env,
      TILLCARD_TERMINAL_DIR: terminalDir,
    });
    const url = await launchUrl(main.output, /^terminal ready: (http:\/\/127\.0\.0\.1:\d+\/launch\?token=\S+)$/m);
    // No key is configured in this folder: the host answers, and says so.
    expect(await (await openTerminalSocket(url)).status()).toMatchObject({ configured: false, session: null });
    // Someone who copies the printed line afterwards gets nothing.
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(401);
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    const token = new URL(url).searchParams.get('token') ?? '';
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(await readFile(join(terminalDir, 'logs', 'terminal.log'), 'utf8')).not.toContain(token);
  });
});
