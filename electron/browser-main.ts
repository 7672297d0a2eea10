/**
 * Browser-mode terminal: `tsx electron/browser-main.ts [--port N] [--static-dir DIR]`.
 * Loads the terminal configuration from TILLCARD_TERMINAL_DIR (default ./data/terminal), starts
 * the host and the server on 127.0.0.1, and prints one line for the person at the keyboard:
 * `terminal ready: <launch address>`. Its token works once, within a minute, and is exchanged for
 * a session cookie by the browser that opens it first (browser/launch-gate.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserTerminal } from './browser/launch.js';

// Whatever this process creates (the terminal folder, logs, the outbox, Chromium's profile) is for
// the till's own user only: files the code forgets to tighten are not readable by others either.
process.umask(0o077);
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'static-dir': { type: 'string', default: 'dist/renderer' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}

const terminal = await startBrowserTerminal({
  terminalDir: resolve(process.env.TILLCARD_TERMINAL_DIR ?? 'data/terminal'),
  staticDir: resolve(values['static-dir']),
  port,
  env: process.env,
});
console.log(`terminal ready: ${terminal.launchUrl}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await terminal.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
