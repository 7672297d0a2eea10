// Bundles Electron's main process (ESM) and its preload (one CommonJS file, as a sandboxed
// preload must be). Skipped quietly when the Electron sources are not there yet.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', external: ['electron', 'serialport', '@serialport/*'] };
if (existsSync('electron/main.ts')) {
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm' });
}
if (existsSync('electron/preload.ts')) {
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
}
