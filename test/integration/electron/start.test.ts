/**
 * `npm start` (scripts/launch.mjs --no-open, which builds what changed and runs the compiled
 * launcher) and `electron/browser-main.ts` as a person runs them: child processes on fresh folders,
 * driven through their printed URL, stopped with Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { stopChild, tsxArgs } from '../../../scripts/start/tsx-process.js';
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

/** A listening socket on a free port of 127.0.0.1, closed after the test. */
async function listeningPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  cleanups.push(() => new Promise((resolveClose) => server.close(() => resolveClose(undefined))));
  return { server, port: (server.address() as AddressInfo).port };
}

async function freePort(): Promise<number> {
  const { server, port } = await listeningPort();
  await new Promise((resolveClose) => server.close(resolveClose));
  return port;
}

function run(entry: string, args: string[], env: Record<string, string | undefined>) {
  // A TypeScript entry runs through tsx, as its npm script does; `npm start`'s launcher is plain JS.
  const nodeArgs = entry.endsWith('.ts') ? tsxArgs(entry, args) : [entry, ...args];
  const child = spawn(process.execPath, nodeArgs, {
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

async function launchUrl(output: () => string, pattern: RegExp, timeout = 45_000): Promise<string> {
  await expect.poll(() => pattern.test(output()), { timeout, interval: 100 }).toBe(true);
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
    const env = { ...backendEnv(dataDir), PORT: String(await freePort()), TILLCARD_TERMINAL_DIR: undefined };
    // A language a manager chose on an earlier run: starting again must not forget it.
    await mkdir(join(dataDir, 'terminal'), { recursive: true });
    await writeFile(join(dataDir, 'terminal', 'config.json'), JSON.stringify({ language: 'es' }), { mode: 0o600 });
    const start = run('scripts/launch.mjs', ['--no-open'], env);
    const urlLine = /Tillcard terminal \(browser mode\): (http:\/\/127\.0\.0\.1:\d+\/launch\?token=\S+)/;
    // The first start may build the screens and the programs: allow for it on a busy machine.
    const url = await launchUrl(start.output, urlLine, 240_000);
    expect(start.output()).toContain('Seeding demo data');
    expect(start.output()).toMatch(/Cashier: ID \S+, PIN \d+/);
    expect(start.output()).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{6}-[0-9A-Z]{5}\s+active/);

    const configFile = join(dataDir, 'terminal', 'config.json');
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);
    const readConfig = async () =>
      JSON.parse(await readFile(configFile, 'utf8')) as { backendUrl: string; terminalKey: string; language: string };
    const config = await readConfig();
    expect(config.terminalKey).toMatch(/\S{16,}/);
    expect(config.language).toBe('es');
    const terminal = await openTerminalSocket(url);
    await expect.poll(async () => (await terminal.status()).connection, { timeout: 15_000 }).toBe('online');
    expect(await terminal.status()).toMatchObject({ configured: true, backendUrl: config.backendUrl, session: null });

    start.child.kill('SIGINT');
    expect(await start.exited).toBe(0);
    await expect(fetch(`${config.backendUrl}/healthz`)).rejects.toThrow();

    // A second start on the same folder builds nothing, seeds nothing, and keeps the terminal's key.
    const again = run('scripts/launch.mjs', ['--no-open'], env);
    const secondUrl = await launchUrl(again.output, urlLine);
    expect(again.output()).not.toMatch(/Seeding|Building/);
    expect((await readConfig()).terminalKey).toBe(config.terminalKey);
    const secondTerminal = await openTerminalSocket(secondUrl);
    await expect.poll(async () => (await secondTerminal.status()).connection, { timeout: 15_000 }).toBe('online');
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 360_000);

  it('says the backend port is taken, before building anything', async () => {
    const { port } = await listeningPort();
    const start = run('scripts/launch.mjs', ['--no-open'], { ...backendEnv(await tempDir()), PORT: String(port) });
    expect(await start.exited).toBe(1);
    expect(start.output()).toContain(`port ${port} for the backend is already in use`);
    expect(start.output()).not.toContain('Building');
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
