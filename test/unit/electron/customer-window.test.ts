import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCustomerDisplay, type DisplayLike } from '../../../electron/shell/customer-window.js';
import { createHostEvents } from '../../../electron/host/events.js';
import type { CustomerView } from '../../../shared/customer-display.js';
import { ipcChannel, type TerminalApi } from '../../../shared/terminal-api.js';
import { fakeWebContents } from './fake-electron.js';

const electron = await vi.hoisted(async () => {
  const fake = (await import('./fake-electron.js')).createFakeElectron({ isPackaged: false });
  const displays: DisplayLike[] = [];
  const screen = {
    getAllDisplays: vi.fn(() => displays),
    getPrimaryDisplay: vi.fn(() => displays[0]),
  };
  return { ...fake, screen, displays };
});
vi.mock('electron', () => electron);
vi.mock('electron-updater', () => ({ default: { autoUpdater: {} } }));

const CASHIER_SCREEN: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } };
const CUSTOMER_SCREEN: DisplayLike = { id: 7, bounds: { x: 1280, y: 0, width: 1024, height: 600 } };
const BALANCE: CustomerView = {
  kind: 'balance',
  storeName: 'Demo Store',
  locale: 'en-US',
  language: 'en',
  last4: 'CZP5',
  currency: 'USD',
  balanceMinor: 5_000,
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-customer-main-'));
  vi.stubEnv('TILLCARD_TERMINAL_DIR', dir);
  electron.windows.length = 0;
  electron.displays.length = 0;
  vi.clearAllMocks();
  vi.resetModules();
});
afterEach(async () => {
  // Closes the host main.ts started, as quitting would.
  for (const [name, listener] of electron.app.on.mock.calls) if (name === 'will-quit') (listener as () => void)();
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

async function startMain(displays: DisplayLike[], wanted: string | undefined) {
  electron.displays.push(...displays);
  if (wanted !== undefined) vi.stubEnv('TILLCARD_CUSTOMER_DISPLAY', wanted);
  const main = await import('../../../electron/main.js');
  await main.started;
  expect(electron.app.exit).not.toHaveBeenCalled();
}

describe('electron main: the customer display', () => {
  it('with a second display: a full-screen window there, as locked down as the cashier window', async () => {
    await startMain([CASHIER_SCREEN, CUSTOMER_SCREEN], '1');
    expect(electron.windows).toHaveLength(2);
    const [cashier, customer] = electron.windows;
    expect(customer?.options).toMatchObject({ ...CUSTOMER_SCREEN.bounds, fullscreen: true, focusable: false });
    // Every setting of the cashier window, with the same value.
    expect(customer?.options.webPreferences).toMatchObject(cashier?.options.webPreferences ?? {});
    expect(customer?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(customer?.loadURL).toHaveBeenCalledWith('app://tillcard/index.html#/customer');
    expect(customer?.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(customer?.webContents.listenerCount('will-navigate')).toBeGreaterThan(0);
    expect(customer?.webContents.session.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('passes what the cashier window publishes to the customer window', async () => {
    await startMain([CASHIER_SCREEN, CUSTOMER_SCREEN], 'true');
    const publish = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === ipcChannel('publishCustomerView'),
    )?.[1] as (event: unknown, input: unknown) => Promise<unknown>;
    const answer = await publish({ senderFrame: { url: 'app://tillcard/index.html' } }, BALANCE);
    expect(answer).toEqual({ ok: true, value: { shown: true } });
    expect(electron.windows[1]?.webContents.send).toHaveBeenCalledWith(ipcChannel('customerDisplay'), BALANCE);
  });

  it('without a second display: only the cashier window', async () => {
    await startMain([CASHIER_SCREEN], '1');
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://tillcard/index.html');
  });

  it('not asked for: no customer window, and the displays are not even looked at', async () => {
    await startMain([CASHIER_SCREEN, CUSTOMER_SCREEN], undefined);
    expect(electron.windows).toHaveLength(1);
    expect(electron.screen.getAllDisplays).not.toHaveBeenCalled();
  });

  it('switched off in the environment although config.json asks for it', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'config.json'), JSON.stringify({ customerDisplay: true }));
    await startMain([CASHIER_SCREEN, CUSTOMER_SCREEN], '0');
    expect(electron.windows).toHaveLength(1);
  });

  it('config.json alone can ask for it', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'config.json'), JSON.stringify({ customerDisplay: true }));
    await startMain([CASHIER_SCREEN, CUSTOMER_SCREEN], undefined);
    expect(electron.windows).toHaveLength(2);
  });
});

describe('customer window', () => {
  it('shows itself without taking focus, and closes with the cashier window', () => {
    const events = createHostEvents();
    const window = Object.assign(new EventEmitter(), {
      webContents: fakeWebContents(),
      loadURL: vi.fn(async () => undefined),
      showInactive: vi.fn(),
      isDestroyed: vi.fn(() => false),
      destroy: vi.fn(),
    });
    const owner = new EventEmitter();
    const opened = openCustomerDisplay({
      host: {
        on: events.on,
        config: { customerDisplay: true },
        logger: { info: vi.fn() },
      } as unknown as Parameters<typeof openCustomerDisplay>[0]['host'] & TerminalApi,
      createWindow: () => window as never,
      screen: () => ({
        getAllDisplays: () => [CASHIER_SCREEN, CUSTOMER_SCREEN],
        getPrimaryDisplay: () => CASHIER_SCREEN,
      }),
      preloadPath: '/app/preload.cjs',
      devTools: false,
      owner,
    });
    expect(opened).toBe(window);
    window.emit('ready-to-show');
    expect(window.showInactive).toHaveBeenCalled();
    events.emit('customerDisplay', BALANCE);
    expect(window.webContents.send).toHaveBeenCalledWith(ipcChannel('customerDisplay'), BALANCE);
    owner.emit('closed');
    expect(window.destroy).toHaveBeenCalled();
    window.emit('closed');
    window.webContents.send.mockClear();
    events.emit('customerDisplay', BALANCE);
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
