/**
 * Runs one of this project's Node programs in a child process: its compiled bundle when there is
 * one beside this code, else its TypeScript entry with tsx's loader, the way
 * `npm run backend` and `npm run admin` do — but as one process, without tsx's command-line
 * wrapper in between, so a signal reaches the program itself (the wrapper relays signals on a
 * 30 ms deadline and kills the program with SIGKILL when a busy machine misses it).
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** The project's Node programs: each one's TypeScript source and its compiled bundle's name. */
export const PROGRAMS = {
  backend: { source: 'backend/main.ts', bundle: 'backend.mjs' },
  admin: { source: 'backend/admin/cli.ts', bundle: 'admin.mjs' },
} as const;
export type ProgramName = keyof typeof PROGRAMS;

/**
 * The folder of compiled programs when this code runs from one (`npm start` runs dist/node/start.mjs,
 * bundled with this module), else null. Compiled code runs compiled programs, as plain `node`;
 * code run from source (tests, `npm run backend`) runs sources through tsx.
 */
function compiledFolder(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === 'node' && basename(dirname(here)) === 'dist' ? here : null;
}

export function spawnProgram(
  program: ProgramName,
  args: string[],
  options: { cwd: string; env: ChildEnv },
): ChildProcess {
  const folder = compiledFolder();
  const bundle = folder && join(folder, PROGRAMS[program].bundle);
  if (bundle === null || !existsSync(bundle)) return spawnTsx(PROGRAMS[program].source, args, options);
  return spawn(process.execPath, ['--enable-source-maps', bundle, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
