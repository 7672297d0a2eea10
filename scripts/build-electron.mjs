// Bundles Electron's main process (ESM) and its preload (one CommonJS file, as a sandboxed
// preload must be). Skipped quietly when the Electron sources are not there yet.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
if (existsSync('electron/main.ts')) {
  // The main process loads its npm dependencies (pino, zod, ws, …) from node_modules at run time:
  // bundling CommonJS packages into an ESM file breaks their `require` calls.
  await build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    packages: 'external',
  });
}
if (existsSync('electron/preload.ts')) {
  // A sandboxed preload can require only 'electron' (and a few builtins): everything else is inlined.
  await build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}
