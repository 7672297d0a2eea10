/**
 * The customer display in Electron: a second window, full screen on the second display, showing the
 * renderer's `#/customer` view. It opens only when the configuration asks for it and a second
 * display exists. It gets the main window's security settings and guards, never takes keyboard
 * focus from the cashier, and closes with the main window so the app can quit.
 * Structural types keep this file free of the 'electron' import; main.ts passes Electron's objects.
 */
import { customerDisplayUrl } from '../../shared/customer-display.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import { forwardHostEvents } from '../ipc-bridge.js';
import { installSecurityGuards } from '../security.js';
import { APP_ENTRY_URL } from '../trusted-origin.js';

export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
}

type GuardedContents = Parameters<typeof installSecurityGuards>[0];

export interface CustomerWindowLike {
  webContents: GuardedContents;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  showInactive(): void;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface CustomerDisplayOptions {
  host: TerminalApi & {
    config: { customerDisplay?: boolean };
    logger: { info(details: object, message: string): void };
  };
  /** `(options) => new BrowserWindow(options)`. */
  createWindow: (options: CustomerWindowOptions) => CustomerWindowLike;
  /** Electron's `screen`, asked for only when the display is wanted. */
  screen: () => ScreenLike;
  preloadPath: string;
  devTools: boolean;
  /** The cashier's window: the customer display closes with it. */
  owner: { on(event: 'closed', listener: () => void): unknown };
}

/** The display to show the customer: any display but the primary one (the cashier's). */
export function secondDisplay(screen: ScreenLike): DisplayLike | null {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((display) => display.id !== primary.id) ?? null;
}

export function customerWindowOptions(display: DisplayLike, preloadPath: string, devTools: boolean) {
  return {
    ...display.bounds,
    fullscreen: true,
    frame: false,
    // The cashier's keyboard (and a keyboard-wedge scanner) must never land on the customer's screen.
    focusable: false,
    skipTaskbar: true,
    show: false,
    backgroundColor: '#0d1117',
    // The main window's settings, spelled out so static checkers (electronegativity) can read them.
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
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools,
      javascript: true,
    },
  };
}
export type CustomerWindowOptions = ReturnType<typeof customerWindowOptions>;

/** Opens the customer display when it is wanted and a second display exists; null otherwise. */
export function openCustomerDisplay(options: CustomerDisplayOptions): CustomerWindowLike | null {
  const { host } = options;
  if (host.config.customerDisplay !== true) return null;
  const display = secondDisplay(options.screen());
  if (display === null) {
    host.logger.info({}, 'customer display wanted, but there is no second display');
    return null;
  }
  const window = options.createWindow(customerWindowOptions(display, options.preloadPath, options.devTools));
  installSecurityGuards(window.webContents, { devTools: options.devTools });
  const stopForwarding = forwardHostEvents(host, window.webContents);
  window.on('closed', stopForwarding);
  window.once('ready-to-show', () => window.showInactive());
  options.owner.on('closed', () => {
    if (!window.isDestroyed()) window.destroy();
  });
  void window.loadURL(customerDisplayUrl(APP_ENTRY_URL));
  host.logger.info({ displayId: display.id }, 'customer display opened');
  return window;
}
