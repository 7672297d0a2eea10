import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { registerCleanup } from './cleanup.js';

const START_TIMEOUT_MS = 60_000;

export interface BackendProcess {
  url: string;
  stop(): Promise<void>;
}

/** Environment of one benchmarked backend: where its data is and the key it HMACs codes with. */
export interface BackendEnvironment {
  TILLCARD_DATA_DIR: string;
  TILLCARD_SERVER_KEY: string;
  DATABASE_URL?: string;
}

/**
 * Starts `backend/main.ts` as its own process (the load generator must not share its event loop)
 * with the product's defaults: request logging on, at the default level, into a file as a service
 * manager would keep it; the default pool size.
 */
export async function startBackendProcess(env: BackendEnvironment, logFile: string): Promise<BackendProcess> {
  const port = await freePort();
  const { LOG_LEVEL: _level, DATABASE_POOL_SIZE: _pool, ...inherited } = process.env;
  const log = openSync(logFile, 'a');
  // BENCH_CPU_PROFILE=DIR writes each backend's CPU profile there when it stops (open it in
  // Chrome's DevTools, Performance panel) to see where a redemption's time goes.
  const profileDir = process.env.BENCH_CPU_PROFILE;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', 'backend/main.ts'], {
    env: {
      ...inherited,
      ...env,
      DATABASE_URL: env.DATABASE_URL ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', log, 'pipe'],
  });
  closeSync(log);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stopChild(child);
    throw new Error(`backend did not start: ${String(error)}\n${stderr}`);
  }
  const unregister = registerCleanup(() => stopChild(child));
  return {
    url,
    stop: async () => {
      unregister();
      await stopChild(child);
    },
  };
}

export function runAdmin(env: BackendEnvironment, args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'backend/admin/cli.ts', ...args, '--json'], {
      env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) reject(new Error(`admin ${args.slice(0, 2).join(' ')} failed (${status}): ${stdout}${stderr}`));
      else resolve(JSON.parse(stdout) as unknown);
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    // Polling a process that is still loading: wait a little before asking again.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
