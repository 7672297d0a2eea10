/**
 * Runs a TypeScript entry of this project in a child Node process through tsx, the way
 * `npm run backend` and `npm run admin` do, without npm in between (so signals reach it directly).
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** tsx's command-line entry, resolved from this project's node_modules. */
export const TSX_CLI = require.resolve('tsx/cli');

export type ChildEnv = Record<string, string | undefined>;

export function spawnTsx(entry: string, args: string[], options: { cwd: string; env: ChildEnv }): ChildProcess {
  const spawnOptions: SpawnOptions = { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] };
  return spawn(process.execPath, [TSX_CLI, entry, ...args], spawnOptions);
}

/** Stops a child: SIGTERM, then SIGKILL if it has not exited in time. Resolves once it is gone. */
export function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Keeps the last lines a child wrote, for an error message when it fails to start. */
export function tailOf(chunks: string[], lines = 20): string {
  return chunks.join('').trim().split('\n').slice(-lines).join('\n');
}
