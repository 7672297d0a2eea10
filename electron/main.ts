/**
 * Electron main process (ESM): one instance, one sandboxed window, the renderer served from
 * dist/renderer over the privileged `app://` protocol, and every terminal-API method wired to the
 * host over IPC with the sender checked. The terminal folder is TILLCARD_TERMINAL_DIR, or the app's
 * user-data folder.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, safeStorage, screen } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, resolveInside } from './renderer-files.js';
import { createTerminalHost, type TerminalHost } from './host/handlers.js';
import type { AutostartControl } from './host/settings/autostart-control.js';
import { xdgAutostart } from './shell/autostart.js';
import { safeStorageCipher } from './host/pairing/safe-storage-cipher.js';
import { forwardHostEvents, wireTerminalIpc } from './ipc-bridge.js';
import { startAutoUpdate, updateFeedUrl, type UpdaterLike } from './shell/auto-update.js';
import { openCustomerDisplay } from './shell/customer-window.js';
import { createQuitGate, refuseCloseInKiosk, windowFrameOptions } from './shell/kiosk-window.js';
import { ELECTRON_CSP, installNavigationGuards, installSecurityGuards, isTrustedSender } from './security.js';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './trusted-origin.js';

// Whatever this process creates (the terminal folder, logs, the outbox, Chromium's profile) is for
// the till's own user only: files the code forgets to tighten are not readable by others either.
process.umask(0o077);
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload.cjs');
// Devtools only in a development checkout: a packaged till gives a cashier no console.
const devTools = !app.isPackaged;
// In kiosk mode only a manager's Quit may end the app.
const quitGate = createQuitGate();

// Every renderer runs sandboxed, whatever a window's own options say.
app.enableSandbox();
// Any web contents that ever appears (a window, a stray frame) gets the guards, not only ours.
app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents));

// Must happen before `ready`: a standard, secure scheme gets a real origin, storage and fetch.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** Starting with the computer: an XDG autostart entry on Linux, Electron's login item elsewhere. */
function loginItem(): AutostartControl {
  if (process.platform === 'linux') return xdgAutostart({ command: process.env.APPIMAGE ?? process.execPath });
  return { apply: async (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }) };
}

async function serveRenderer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST ? resolveInside(rendererDir, url.pathname) : null;
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body)
    return new Response('not found', { status: 404, headers: { 'content-security-policy': ELECTRON_CSP } });
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': ELECTRON_CSP,
      'x-content-type-options': 'nosniff',
    },
  });
}

function createWindow(host: TerminalHost): BrowserWindow {
  const kiosk = host.config.kiosk;
  const window = new BrowserWindow({
    ...windowFrameOptions(kiosk),
    show: false,
    // Every option spelled out in the literal, so static checkers (electronegativity) can read them.
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open anything either.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  });
  installSecurityGuards(window.webContents, { devTools });
  refuseCloseInKiosk(window, kiosk, quitGate);
  const stopForwarding = forwardHostEvents(host, window.webContents);
  window.on('closed', stopForwarding);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/**
 * Prints a receipt (the host's SVG) on the system printer without a dialog: a hidden, sandboxed
 * window without JavaScript shows the SVG and prints it to TILLCARD_SYSTEM_PRINTER, or to the
 * default printer when that is unset.
 */
async function printSvgSilently(svg: string): Promise<void> {
  const printWindow = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      javascript: false,
    },
  });
  try {
    await printWindow.loadURL(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
    const deviceName = process.env.TILLCARD_SYSTEM_PRINTER;
    await new Promise<void>((resolve, reject) =>
      printWindow.webContents.print({ silent: true, ...(deviceName ? { deviceName } : {}) }, (success, reason) =>
        success ? resolve() : reject(new Error(`system printer: ${reason}`)),
      ),
    );
  } finally {
    printWindow.destroy();
  }
}

/** electron-updater loads only on a terminal with an update feed. It is CommonJS: its exports are `default`. */
async function loadElectronUpdater(): Promise<UpdaterLike> {
  const updater = await import('electron-updater');
  return updater.default.autoUpdater;
}

/** A manager's Quit in Settings: the one way out of a kiosk window. */
function quitAtManagersRequest(): void {
  quitGate.allow();
  app.quit();
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  // No menu: no reload, devtools or close accelerators for a cashier to stumble on.
  Menu.setApplicationMenu(null);
  const terminalDir = process.env.TILLCARD_TERMINAL_DIR ?? join(app.getPath('userData'), 'terminal');
  const host = await createTerminalHost({
    terminalDir,
    env: process.env,
    systemPrint: printSvgSilently,
    quit: quitAtManagersRequest,
    // The paired terminal key is kept encrypted by the operating system's key store.
    keyCipher: safeStorageCipher(safeStorage),
    ...(app.isPackaged ? { autostart: loginItem() } : {}),
  });
  protocol.handle(APP_SCHEME, serveRenderer);
  wireTerminalIpc(ipcMain, host, isTrustedSender, (method, url) =>
    host.logger.warn({ method, url }, 'IPC call from an untrusted sender refused'),
  );
  let window = createWindow(host);
  openCustomerDisplay({
    host,
    createWindow: (options) => new BrowserWindow(options),
    screen: () => screen,
    preloadPath,
    devTools,
    owner: window,
  });

  app.on('second-instance', () => {
    if (window.isDestroyed()) window = createWindow(host);
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Any real quit (a manager's Quit, the system shutting down, an update installing) may close the
  // kiosk window; only a close asked of the window itself (Alt+F4) is refused.
  app.on('before-quit', () => quitGate.allow());
  void startAutoUpdate({
    feedUrl: updateFeedUrl(host.config.updateUrl, process.env),
    isPackaged: app.isPackaged,
    loadUpdater: loadElectronUpdater,
    logger: host.logger,
  });
  app.on('will-quit', () => void host.close());
}

/** Settles once the app is up (or has quit as a second instance); tests await it. */
export const started: Promise<void> = main().catch((error: unknown) => {
  // Nothing to show a cashier without a window: say why on stderr and leave.
  console.error(`terminal failed to start: ${(error as Error).message}`);
  app.exit(1);
});
