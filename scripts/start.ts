/**
 * `npm start` (compiled to dist/node/start.mjs and run by scripts/launch.mjs): the whole product on
 * this machine. On an empty data folder it seeds the demo store (`admin demo --json`, which issues a
 * key for the demo terminal) and keeps what it printed in <data>/demo.json; later starts read that
 * instead of seeding again. It pairs the terminal with the demo store, starts the backend on the
 * SQLite file in ./data, then the terminal — in Electron when its runtime is installed, otherwise in
 * browser mode, opening a Chromium app window when one is found (`--no-open` only prints the URL).
 * The printable demo card sheet is rendered once, after the terminal is up.
 *
 * Folders: TILLCARD_DATA_DIR (backend, default ./data), TILLCARD_TERMINAL_DIR (terminal, default
 * <data>/terminal). PORT is the backend port (8787); --port N the browser-mode terminal port (random).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserTerminal } from '../electron/browser/launch.js';
import { updateTerminalConfig } from '../electron/host/config-file.js';
import { findChromium, hasDisplay, openAppWindow } from './start/app-window.js';
import { createBackendProcess } from './start/backend-process.js';
import { demoBanner } from './start/demo-banner.js';
import { demoDataSchema, runDemoSeed, type DemoData } from './start/demo-seed.js';
import { electronBinary } from './start/electron-runtime.js';
import { stopChild } from './start/tsx-process.js';
import { customerDisplayUrl } from '../shared/customer-display.js';

const { values } = parseArgs({
  options: { 'no-open': { type: 'boolean', default: false }, port: { type: 'string', default: '0' } },
});
const projectDir = process.cwd();
const dataDir = resolve(process.env.TILLCARD_DATA_DIR ?? 'data');
const terminalDir = resolve(process.env.TILLCARD_TERMINAL_DIR ?? join(dataDir, 'terminal'));
const backendPort = Number(process.env.PORT ?? 8787);
const backendEnv = { ...process.env, TILLCARD_DATA_DIR: dataDir };
const cleanups: (() => Promise<void>)[] = [];

async function stopAll(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}

/** What an earlier start seeded into this data folder, or null when it must be seeded now. */
async function seededDemo(demoFile: string): Promise<DemoData | null> {
  const saved = await readFile(demoFile, 'utf8').catch(() => null);
  // On SQLite the database file must still be there: a folder emptied by hand is seeded again.
  const databaseKept =
    process.env.DATABASE_URL !== undefined ||
    (await access(join(dataDir, 'tillcard.sqlite')).then(
      () => true,
      () => false,
    ));
  if (saved === null || !databaseKept) return null;
  const parsed = demoDataSchema.safeParse(JSON.parse(saved));
  return parsed.success ? parsed.data : null;
}

async function demoData(): Promise<DemoData> {
  const demoFile = join(dataDir, 'demo.json');
  const seeded = await seededDemo(demoFile);
  if (seeded) return seeded;
  console.log(`Seeding demo data in ${dataDir} …`);
  const demo = await runDemoSeed({ cwd: projectDir, env: backendEnv });
  // The demo staff's PINs and the terminal key are in it: readable by this user only.
  await writeFile(demoFile, JSON.stringify(demo, null, 2), { mode: 0o600 });
  return demo;
}

async function startTerminal(backendUrl: string, demo: DemoData): Promise<void> {
  const terminalEnv = { ...process.env, TILLCARD_TERMINAL_DIR: terminalDir };
  const electron = electronBinary();
  if (electron) {
    const app = spawn(electron, [join(projectDir, 'dist/electron/main.mjs')], { env: terminalEnv, stdio: 'inherit' });
    cleanups.push(() => stopChild(app));
    app.once('exit', () => void shutdown(0));
    console.log(demoBanner('Electron window', demo, 'Electron'));
    return;
  }
  const terminal = await startBrowserTerminal({
    terminalDir,
    staticDir: join(projectDir, 'dist/renderer'),
    port: Number(values.port),
    env: terminalEnv,
  });
  cleanups.push(() => terminal.close());
  console.log(demoBanner(terminal.launchUrl, demo, 'browser mode'));
  console.log(`  Backend: ${backendUrl} (log: ${join(dataDir, 'backend.log')})`);
  // TILLCARD_CUSTOMER_DISPLAY=1: the customer-facing view, to open on a second screen.
  if (terminal.host.config.customerDisplay) {
    console.log(`  Customer display (open on the second screen): ${customerDisplayUrl(terminal.launchUrl)}`);
  }
  await maybeOpenWindow(terminal.launchUrl);
}

/** The printable sheet of demo cards, when the project ships one (assets/demo-card*). */
async function printDemoCardSheet(): Promise<void> {
  const assets = join(projectDir, 'assets');
  const sheets = (await readdir(assets).catch(() => [])).filter((name) => name.startsWith('demo-card'));
  for (const sheet of sheets) console.log(`  Printable demo cards: ${join(assets, sheet)}`);
}

/**
 * The demo cards as a printable sheet (Code 128 and QR) in the data folder, to scan from paper.
 * Its renderer (barcodes, a headless Chromium for the PDF) loads only here, after the terminal is
 * up, and a sheet already written for the same cards is not rendered again.
 */
async function writeSheetFor(demo: DemoData): Promise<void> {
  const written = ['html', 'pdf', 'png'].map((extension) => join(dataDir, `demo-cards.${extension}`));
  const demoWritten = await stat(join(dataDir, 'demo.json')).catch(() => null);
  const sheetTimes = await Promise.all(
    written.map((path) =>
      stat(path).then(
        (file) => file.mtimeMs,
        () => 0,
      ),
    ),
  );
  if (demoWritten && sheetTimes.every((time) => time >= demoWritten.mtimeMs)) {
    for (const path of written) console.log(`  Printable demo cards: ${path}`);
    return;
  }
  try {
    const { writeDemoCardSheet } = await import('./demo-card-sheet.js');
    const sheet = await writeDemoCardSheet(demo.cards, dataDir, findChromium(process.env));
    for (const path of [sheet.pdf, sheet.png, sheet.html]) if (path) console.log(`  Printable demo cards: ${path}`);
  } catch (error) {
    console.log(`  The demo card sheet could not be written: ${(error as Error).message}`);
  }
}

async function maybeOpenWindow(url: string): Promise<void> {
  if (values['no-open']) return;
  const browser = findChromium(process.env);
  if (!browser || !hasDisplay(process.env)) {
    console.log(`  No ${browser ? 'display' : 'Chromium'} found: open the URL above in Chromium or Chrome.`);
    return;
  }
  const profileDir = await mkdtemp(join(dataDir, 'chromium-profile-'));
  const window: ChildProcess = openAppWindow(browser, url, profileDir);
  cleanups.push(async () => {
    await stopChild(window);
    await rm(profileDir, { recursive: true, force: true });
  });
}

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await stopAll();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const demo = await demoData();
  const backend = createBackendProcess({
    cwd: projectDir,
    env: backendEnv,
    port: backendPort,
    logFile: join(dataDir, 'backend.log'),
    onUnexpectedExit: (code, signal) => {
      // On Ctrl-C the backend gets the signal too and may exit first: that is no surprise.
      if (stopping) return;
      console.error(
        `The backend stopped unexpectedly (${signal ?? `exit ${code}`}); see ${join(dataDir, 'backend.log')}.`,
      );
      void shutdown(1);
    },
  });
  cleanups.push(() => backend.stop());
  const backendStarted = backend.start();
  // Handled below; this keeps a start that fails early from counting as unhandled meanwhile.
  backendStarted.catch(() => undefined);
  // On a known port the terminal starts beside the backend: its sign-in form needs no backend
  // until a cashier signs in, and the status bar says when the backend answers.
  const knownUrl = process.env.TILLCARD_BACKEND_URL ?? (backendPort === 0 ? null : `http://127.0.0.1:${backendPort}`);
  if (knownUrl === null) await backendStarted;
  const backendUrl = knownUrl ?? backend.url;
  // The demo's backend and key; what a manager saved in Settings stays.
  await updateTerminalConfig(terminalDir, { backendUrl, terminalKey: demo.terminal.key });
  await Promise.all([backendStarted, startTerminal(backendUrl, demo)]);
  await printDemoCardSheet();
  await writeSheetFor(demo);
} catch (error) {
  console.error(`npm start failed: ${(error as Error).message}`);
  await stopAll();
  process.exit(1);
}
