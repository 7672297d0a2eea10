/**
 * Runs a TypeScript entry of this project in a child Node process with tsx's loader, the way
 * `npm run backend` and `npm run admin` do — but as one process, without tsx's command-line
 * wrapper in between, so a signal reaches the program itself (the wrapper relays signals on a
 * 30 ms deadline and kills the program with SIGKILL when a busy machine misses it).
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
/** tsx's loader (`node --import tsx`), resolved from this project's node_modules. */
export const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;

export type ChildEnv = Record<string, string | undefined>;

/** The argument list that runs `entry` with tsx: `node <args> entry …`. */
export function tsxArgs(entry: string, args: string[]): string[] {
  return ['--import', TSX_LOADER, entry, ...args];
}

export function spawnTsx(entry: string, args: string[], options: { cwd: string; env: ChildEnv }): ChildProcess {
  const spawnOptions: SpawnOptions = { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] };
  return spawn(process.execPath, tsxArgs(entry, args), spawnOptions);
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
