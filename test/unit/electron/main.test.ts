import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TERMINAL_METHOD_NAMES, ipcChannel } from '../../../shared/terminal-api.js';

type Handler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>;

const electron = await vi.hoisted(async () =>
  (await import('./fake-electron.js')).createFakeElectron({ isPackaged: false }),
);
vi.mock('electron', () => electron);
const updater = vi.hoisted(() => ({ loaded: vi.fn() }));
vi.mock('electron-updater', () => {
  updater.loaded();
  return { default: { autoUpdater: {} } };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-main-'));
  vi.stubEnv('TILLCARD_TERMINAL_DIR', dir);
  const main = await import('../../../electron/main.js');
  await main.started;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

function handlerFor(method: string): Handler {
  const call = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === ipcChannel(method as never));
  if (!call) throw new Error(`no handler for ${method}`);
  return call[1] as Handler;
}

describe('electron main', () => {
  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('starts without failing', () => {
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('asks for the single-instance lock and sandboxes every renderer', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('guards any web contents created later, not only the main window', () => {
    const created = electron.app.on.mock.calls.find(([name]) => name === 'web-contents-created');
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    (created?.[1] as (event: unknown, contents: unknown) => void)({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('opens one sandboxed, isolated window on the app protocol with the guards installed', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window?.loadURL).toHaveBeenCalledWith('app://tillcard/index.html');
    const contents = window?.webContents as {
      setWindowOpenHandler: ReturnType<typeof vi.fn>;
      listenerCount(name: string): number;
    };
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBeGreaterThan(0);
  });

  it('handles every contract method over IPC', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(TERMINAL_METHOD_NAMES.map((method) => ipcChannel(method)).sort());
  });

  it('answers a trusted sender from the host', async () => {
    const result = await handlerFor('getStatus')({ senderFrame: { url: 'app://tillcard/index.html' } }, {});
    expect(result).toMatchObject({ ok: true, value: { configured: false, session: null } });
  });

  it.each([
    ['another page', { url: 'https://evil.example/' }],
    ['a local web server', { url: 'http://127.0.0.1:3000/' }],
    ['a frame that is gone', null],
  ])('refuses a message from %s', async (_name, senderFrame) => {
    const result = await handlerFor('signIn')({ senderFrame }, { cashierId: '1001', pin: '1234' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('serves nothing outside the renderer folder', async () => {
    const serve = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await serve(new Request('app://tillcard/..%2f..%2fpackage.json'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('removes the menu, so no reload or devtools accelerator is left', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('in a development checkout: an ordinary window, devtools allowed, no update check', () => {
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({ width: 1280, height: 800 });
    expect(window?.options.kiosk).toBeUndefined();
    expect(window?.options.webPreferences).toMatchObject({ devTools: true });
    expect(window?.listenerCount('close')).toBe(0);
    expect(updater.loaded).not.toHaveBeenCalled();
  });
});
