/**
 * The terminal host pairing itself with a real backend over HTTP: the key arrives once, is kept
 * 0600 (encrypted when the host has a cipher), survives a restart, and unpairing forgets it.
 */
import { createServer } from 'node:net';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPairingCode } from '../../../backend/pairing/pairing.service.js';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import type { KeyCipher } from '../../../electron/host/pairing/key-cipher.js';
import { KEY_FILE_NAME } from '../../../electron/host/pairing/key-store.js';
import { logFilePath } from '../../../electron/host/logger.js';
import { startTestBackend, type SeededStore, type TestBackend } from '../../fixtures/backend/index.js';

let backend: TestBackend;
let seeded: SeededStore;
let dir: string;
let host: TerminalHost | undefined;

beforeAll(async () => {
  backend = await startTestBackend();
  seeded = await backend.seed.store();
});
afterAll(async () => backend?.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-host-pairing-'));
});
afterEach(async () => {
  await host?.close();
  host = undefined;
  await rm(dir, { recursive: true, force: true });
});

const start = async (env: Record<string, string> = {}, keyCipher?: KeyCipher) => {
  await host?.close();
  host = await createTerminalHost({
    terminalDir: dir,
    env,
    probeIntervalMs: 60_000,
    ...(keyCipher ? { keyCipher } : {}),
  });
  return host;
};
const newCode = async (terminalName = 'Till 9') =>
  (await createPairingCode(backend.ctx, { storeId: seeded.store.id, terminalName, createdBy: 'admin' })).code;

const cipher: KeyCipher = {
  encrypt: (plain) => Buffer.from(`sealed:${Buffer.from(plain).toString('base64').split('').reverse().join('')}`),
  decrypt: (sealed) => Buffer.from(sealed.toString().slice(7).split('').reverse().join(''), 'base64').toString(),
  isStrong: () => true,
};

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

describe('first-run pairing in the host', () => {
  it('an unpaired host says so, explains wrong codes and an unreachable backend, then pairs', async () => {
    const till = await start();
    expect(await till.getStatus({})).toMatchObject({ ok: true, value: { configured: false } });
    expect(await till.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin })).toMatchObject({
      ok: false,
      error: { code: 'terminal_not_configured' },
    });

    expect(await till.pairTerminal({ backendUrl: await closedPortUrl(), code: await newCode() })).toMatchObject({
      ok: false,
      error: { code: 'backend_unreachable' },
    });
    expect(await till.pairTerminal({ backendUrl: backend.url, code: '00000-00000' })).toMatchObject({
      ok: false,
      error: { code: 'pairing_code_invalid' },
    });

    const code = await newCode('Till 9');
    const paired = await till.pairTerminal({ backendUrl: `${backend.url}/`, code });
    expect(paired).toMatchObject({
      ok: true,
      value: { backendUrl: backend.url, keySource: 'paired', keyProtection: 'file', terminal: { name: 'Till 9' } },
    });
    expect(await till.getStatus({})).toMatchObject({ ok: true, value: { configured: true, backendUrl: backend.url } });
    expect(await till.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin })).toMatchObject({ ok: true });
    expect(await till.pairTerminal({ backendUrl: backend.url, code })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const keyFile = join(dir, KEY_FILE_NAME);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    const log = await readFile(logFilePath(dir), 'utf8');
    expect(log).toContain('terminal paired');
    expect(log).not.toContain(code);
    expect(log).not.toContain(code.replace('-', ''));
    const { key } = JSON.parse(await readFile(keyFile, 'utf8')) as { key: string };
    expect(log).not.toContain(key);

    // A restart finds the pairing.
    const again = await start();
    expect(await again.getStatus({})).toMatchObject({ ok: true, value: { configured: true, backendUrl: backend.url } });
    expect(await again.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin })).toMatchObject({ ok: true });
  });

  it('with a cipher the key file holds only the encrypted key, and the host reads it back', async () => {
    const till = await start({}, cipher);
    const paired = await till.pairTerminal({ backendUrl: backend.url, code: await newCode() });
    expect(paired).toMatchObject({ ok: true, value: { keyProtection: 'os' } });
    const file = JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf8')) as { keyFormat: string; key: string };
    expect(file.keyFormat).toBe('encrypted');
    expect(file.key).not.toMatch(/^tk_/);
    expect(cipher.decrypt(Buffer.from(file.key, 'base64'))).toMatch(/^tk_/);

    const again = await start({}, cipher);
    expect(await again.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin })).toMatchObject({ ok: true });
  });

  it('a manager unpairs: the key file goes, the session ends, the screens see configured: false', async () => {
    const till = await start();
    await till.pairTerminal({ backendUrl: backend.url, code: await newCode() });
    await till.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin });
    expect(await till.unpairTerminal({})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await till.signOut({});
    await till.signIn({ cashierId: seeded.manager.id, pin: seeded.manager.pin });

    const made = await till.createPairingCode({ terminalName: 'Till 10' });
    expect(made).toMatchObject({ ok: true, value: { terminalName: 'Till 10', storeId: seeded.store.id } });

    const statuses: boolean[] = [];
    till.on('status', (status) => statuses.push(status.configured));
    expect(await till.unpairTerminal({})).toMatchObject({ ok: true, value: { keySource: 'none', terminal: null } });
    expect(statuses.at(-1)).toBe(false);
    expect(await till.getStatus({})).toMatchObject({ ok: true, value: { configured: false, session: null } });
    await expect(stat(join(dir, KEY_FILE_NAME))).rejects.toThrow();

    // The code the manager made pairs it again (as "Re-pair" on another terminal would).
    if (!made.ok) throw new Error('no code');
    expect(await till.pairTerminal({ backendUrl: backend.url, code: made.value.code })).toMatchObject({
      ok: true,
      value: { terminal: { name: 'Till 10' } },
    });
  });

  it('a manager re-pairs with a new code: the new key is used and the manager is signed out', async () => {
    const till = await start({}, cipher);
    await till.pairTerminal({ backendUrl: backend.url, code: await newCode('Till 11') });
    await till.signIn({ cashierId: seeded.manager.id, pin: seeded.manager.pin });
    const keyBefore = (JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf8')) as { key: string }).key;

    expect(await till.pairTerminal({ backendUrl: backend.url, code: '00000-00000' })).toMatchObject({
      ok: false,
      error: { code: 'pairing_code_invalid' },
    });
    // A failed re-pair changes nothing: same key, still signed in.
    expect((JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf8')) as { key: string }).key).toBe(keyBefore);
    expect(await till.getStatus({})).toMatchObject({
      ok: true,
      value: { session: { cashier: { id: seeded.manager.id } } },
    });

    const repaired = await till.pairTerminal({ backendUrl: backend.url, code: await newCode('Till 12') });
    expect(repaired).toMatchObject({ ok: true, value: { terminal: { name: 'Till 12' }, keyProtection: 'os' } });
    expect(await till.getStatus({})).toMatchObject({ ok: true, value: { configured: true, session: null } });
    expect((JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf8')) as { key: string }).key).not.toBe(keyBefore);
    const signedIn = await till.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin });
    expect(signedIn).toMatchObject({ ok: true, value: { terminal: { name: 'Till 12' } } });
  });

  it('a key in config.json keeps working; unpairing removes it and keeps the other settings', async () => {
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ backendUrl: backend.url, terminalKey: seeded.terminal.key, kiosk: true }),
    );
    const till = await start();
    await till.signIn({ cashierId: seeded.manager.id, pin: seeded.manager.pin });
    expect(await till.backendSettings({})).toMatchObject({ ok: true, value: { keySource: 'config', terminal: null } });
    expect(await till.unpairTerminal({})).toMatchObject({ ok: true });
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toEqual({ backendUrl: backend.url, kiosk: true });
  });

  it('a key from the environment cannot be unpaired from the screen', async () => {
    const till = await start({ TILLCARD_BACKEND_URL: backend.url, TILLCARD_TERMINAL_KEY: seeded.otherTerminal.key });
    await till.signIn({ cashierId: seeded.manager.id, pin: seeded.manager.pin });
    expect(await till.backendSettings({})).toMatchObject({ ok: true, value: { keySource: 'environment' } });
    expect(await till.unpairTerminal({})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await till.getStatus({})).toMatchObject({ ok: true, value: { configured: true } });
  });
});
