/**
 * A stand-in for the 'electron' module, enough for electron/main.ts to start: windows record their
 * options and listeners, app/ipcMain/protocol/Menu are spies. `isPackaged` picks a development
 * checkout or an installed app.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export function fakeWebContents() {
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  });
  return Object.assign(new EventEmitter(), {
    setWindowOpenHandler: vi.fn(),
    closeDevTools: vi.fn(),
    isDestroyed: () => false,
    send: vi.fn(),
    print: vi.fn(),
    session,
  });
}
export type FakeWebContents = ReturnType<typeof fakeWebContents>;

export function createFakeElectron(options: { isPackaged: boolean }) {
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    options: Record<string, unknown>;
    loadURL = vi.fn(async () => undefined);
    webContents = fakeWebContents();
    destroy = vi.fn();
    constructor(windowOptions: Record<string, unknown>) {
      super();
      this.options = windowOptions;
      windows.push(this);
    }
  }
  return {
    windows,
    app: {
      isPackaged: options.isPackaged,
      requestSingleInstanceLock: vi.fn(() => true),
      enableSandbox: vi.fn(),
      exit: vi.fn(),
      whenReady: vi.fn(async () => undefined),
      getPath: vi.fn(() => '/nonexistent'),
      on: vi.fn(),
      quit: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    Menu: { setApplicationMenu: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    // A reversible stand-in for the OS key store: what it seals never contains the plain text.
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((plain: string) => Buffer.from(`os-sealed:${Buffer.from(plain).toString('hex')}`)),
      decryptString: vi.fn((sealed: Buffer) => Buffer.from(sealed.toString().slice(10), 'hex').toString()),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    },
  };
}
export type FakeElectron = ReturnType<typeof createFakeElectron>;
