// Builds what the terminal and `npm start` run: the renderer (Vite), Electron's main process and
// preload, and the Node programs `npm start` runs as plain `node` (the launcher, the backend and
// the admin CLI), bundled by esbuild. `--if-changed` skips a part whose output is newer than every
// one of its sources, so a second `npm start` builds nothing.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let ifChanged = false;
const say = (text) => console.log(text);

/** Each source path's newest modification time, walked once per build (shared/ feeds every part). */
const newestByPath = new Map();

/** The newest modification time under `path`, a file or a folder (0 when it does not exist). */
function newestUnder(path) {
  if (newestByPath.has(path)) return newestByPath.get(path);
  let newest = 0;
  if (existsSync(path)) {
    const stat = statSync(path);
    newest = stat.isDirectory()
      ? Math.max(
          0,
          ...readdirSync(path)
            .filter((name) => name !== 'node_modules')
            .map((name) => newestUnder(join(path, name))),
        )
      : stat.mtimeMs;
  }
  newestByPath.set(path, newest);
  return newest;
}

/** Whether `output` is missing or older than one of `sources`. */
function stale(output, sources) {
  if (!ifChanged || !existsSync(output)) return true;
  return Math.max(...sources.map(newestUnder)) > statSync(output).mtimeMs;
}

const shared = ['shared', 'package-lock.json', 'tsconfig.base.json'];
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

async function buildRenderer() {
  if (!stale('dist/renderer/index.html', ['renderer', 'vite.config.ts', 'assets', ...shared])) return;
  say('Building the terminal screens (Vite) …');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

async function buildElectron() {
  if (!existsSync('electron/main.ts')) return;
  if (!stale('dist/electron/main.mjs', ['electron', ...shared])) return;
  say('Building the Electron shell (esbuild) …');
  // The main process loads its npm dependencies (pino, zod, ws, …) from node_modules at run time:
  // bundling CommonJS packages into an ESM file breaks their `require` calls.
  await esbuild({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    packages: 'external',
  });
  // A sandboxed preload can require only 'electron' (and a few builtins): everything else is inlined.
  await esbuild({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}

/** The launcher, backend and admin CLI as plain Node programs: no TypeScript loader at run time. */
async function buildNodePrograms() {
  if (!stale('dist/node/start.mjs', ['backend', 'electron', 'scripts', ...shared])) return;
  say('Building the backend and the launcher (esbuild) …');
  await esbuild({
    ...common,
    entryPoints: { start: 'scripts/start.ts', backend: 'backend/main.ts', admin: 'backend/admin/cli.ts' },
    outdir: 'dist/node',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    // Code only some runs need (the demo card sheet's barcode and PDF rendering) loads on first use.
    splitting: true,
    packages: 'external',
  });
}

/** Builds every part; with `ifChanged`, only the parts whose sources changed since their last build. */
export async function buildAll(options = { ifChanged: false }) {
  ifChanged = options.ifChanged;
  await buildRenderer();
  await buildElectron();
  await buildNodePrograms();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAll({ ifChanged: process.argv.includes('--if-changed') });
}
