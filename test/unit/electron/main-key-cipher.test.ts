/**
 * Electron main hands the host a key cipher built on safeStorage (the host never imports
 * `electron`), so a terminal paired in Electron keeps its key encrypted by the OS key store.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Handlers from '../../../electron/host/handlers.js';
import type { TerminalHostOptions } from '../../../electron/host/handlers.js';
import { safeStorageCipher } from '../../../electron/host/pairing/safe-storage-cipher.js';

const electron = await vi.hoisted(async () =>
  (await import('./fake-electron.js')).createFakeElectron({ isPackaged: false }),
);
vi.mock('electron', () => electron);
vi.mock('electron-updater', () => ({ default: { autoUpdater: {} } }));
const captured = vi.hoisted(() => ({ options: [] as TerminalHostOptions[] }));
vi.mock('../../../electron/host/handlers.js', async (importOriginal) => {
  const real = await importOriginal<typeof Handlers>();
  return {
    ...real,
    createTerminalHost: (options: TerminalHostOptions) => {
      captured.options.push(options);
      return real.createTerminalHost(options);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-main-cipher-'));
  vi.stubEnv('TILLCARD_TERMINAL_DIR', dir);
  const main = await import('../../../electron/main.js');
  await main.started;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('electron main: the paired key is encrypted by safeStorage', () => {
  it('passes the host a cipher that seals and opens through safeStorage', () => {
    const cipher = captured.options[0]?.keyCipher;
    expect(cipher).toBeDefined();
    const sealed = cipher!.encrypt('tk_terminal-key');
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith('tk_terminal-key');
    expect(sealed.toString()).not.toContain('tk_terminal-key');
    expect(cipher!.decrypt(sealed)).toBe('tk_terminal-key');
    expect(cipher!.isStrong()).toBe(true);
  });
});

describe('safeStorageCipher', () => {
  const storage = (available: boolean, backend: string) => ({
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => Buffer.from(plain).reverse(),
    decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString(),
    getSelectedStorageBackend: () => backend,
  });

  it('is absent when the system offers no encryption (the 0600 file alone protects the key)', () => {
    expect(safeStorageCipher(storage(false, 'unknown'), 'linux')).toBeUndefined();
  });

  it('reports weak protection on Linux without a secret service', () => {
    expect(safeStorageCipher(storage(true, 'basic_text'), 'linux')?.isStrong()).toBe(false);
    expect(safeStorageCipher(storage(true, 'kwallet5'), 'linux')?.isStrong()).toBe(true);
    expect(safeStorageCipher(storage(true, 'unknown'), 'win32')?.isStrong()).toBe(true);
  });
});
