// electron/main.ts as an installed till runs it: packaged, kiosk mode and an update feed in
// config.json, with 'electron' and 'electron-updater' mocked.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () =>
  (await import('./fake-electron.js')).createFakeElectron({ isPackaged: true }),
);
vi.mock('electron', () => electron);
const autoUpdater = vi.hoisted(() => ({
  autoDownload: false,
  autoInstallOnAppQuit: false,
  setFeedURL: vi.fn(),
  on: vi.fn(),
  checkForUpdates: vi.fn(async () => null),
}));
vi.mock('electron-updater', () => ({ default: { autoUpdater } }));

const FEED = 'https://updates.example.com/tillcard/';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-main-packaged-'));
  await writeFile(join(dir, 'config.json'), JSON.stringify({ kiosk: true, updateUrl: FEED }));
  vi.stubEnv('TILLCARD_TERMINAL_DIR', dir);
  vi.stubEnv('TILLCARD_UPDATE_URL', '');
  const main = await import('../../../electron/main.js');
  await main.started;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

function mainWindow() {
  const window = electron.windows[0];
  if (!window) throw new Error('main.ts opened no window');
  return window;
}

describe('electron main, packaged, in kiosk mode', () => {
  it('starts without failing', () => {
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('opens a full-screen kiosk window without a frame', () => {
    expect(mainWindow().options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, minimizable: false });
  });

  it('gives the window every secure webPreference and no devtools', () => {
    expect(mainWindow().options.webPreferences).toMatchObject({
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
      devTools: false,
    });
    expect(mainWindow().options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('closes devtools if anything opens them anyway', () => {
    const contents = mainWindow().webContents;
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });

  it('refuses to close the window: only a manager may end the app', () => {
    const event = { preventDefault: vi.fn() };
    mainWindow().emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it("lets the window close once the app is quitting (a manager's Quit, shutdown, an update)", () => {
    const beforeQuit = electron.app.on.mock.calls.find(([name]) => name === 'before-quit')?.[1] as () => void;
    const refused = { preventDefault: vi.fn() };
    mainWindow().emit('close', refused);
    expect(refused.preventDefault).toHaveBeenCalled();
    beforeQuit();
    const allowed = { preventDefault: vi.fn() };
    mainWindow().emit('close', allowed);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses downloads and device access in the window session', () => {
    const { session } = mainWindow().webContents;
    const download = { preventDefault: vi.fn() };
    session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(deviceHandler()).toBe(false);
  });

  it('checks the generic update feed named in config.json, installing on quit', async () => {
    await vi.waitFor(() => expect(autoUpdater.checkForUpdates).toHaveBeenCalledTimes(1));
    expect(autoUpdater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: FEED });
    expect(autoUpdater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
    expect(autoUpdater.on).toHaveBeenCalledWith('error', expect.any(Function));
  });
});
