import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { KeyCipher } from '../../../electron/host/pairing/key-cipher.js';
import { createKeyStore, KEY_FILE_NAME } from '../../../electron/host/pairing/key-store.js';

const KEY = 'tk_Secret-Terminal-Key-0123456789abcdef';
const PAIRING = {
  backendUrl: 'https://gift.example.com',
  terminal: { id: 'trm_1', name: 'Till 3', storeName: 'Main Street' },
  pairedAt: '2026-11-22T10:00:00.000Z',
  key: KEY,
};

/** Stands in for safeStorage: a reversible transform whose output never contains the key. */
function fakeCipher(strong = true): KeyCipher & { sealed: number } {
  const cipher = {
    sealed: 0,
    encrypt: (plain: string) => {
      cipher.sealed += 1;
      return Buffer.from(`sealed:${Buffer.from(plain).toString('hex').split('').reverse().join('')}`);
    },
    decrypt: (data: Buffer) => {
      const text = data.toString();
      if (!text.startsWith('sealed:')) throw new Error('not sealed by this cipher');
      return Buffer.from(text.slice(7).split('').reverse().join(''), 'hex').toString();
    },
    isStrong: () => strong,
  };
  return cipher;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-keystore-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

it('without a cipher: a 0600 file that reads back', async () => {
  const store = createKeyStore(dir);
  expect(await store.load()).toBeNull();
  expect(await store.save(PAIRING)).toBe('file');
  expect((await stat(join(dir, KEY_FILE_NAME))).mode & 0o777).toBe(0o600);
  expect(await store.load()).toEqual({ ...PAIRING, protection: 'file' });
});

it('with a cipher: the file holds only the encrypted key, and is still 0600', async () => {
  const cipher = fakeCipher();
  const store = createKeyStore(dir, cipher);
  expect(await store.save(PAIRING)).toBe('os');
  const text = await readFile(join(dir, KEY_FILE_NAME), 'utf8');
  expect(cipher.sealed).toBe(1);
  expect(text).not.toContain(KEY);
  expect(JSON.parse(text)).toMatchObject({ keyFormat: 'encrypted', terminal: PAIRING.terminal });
  expect((await stat(join(dir, KEY_FILE_NAME))).mode & 0o777).toBe(0o600);
  expect(await store.load()).toEqual({ ...PAIRING, protection: 'os' });
});

it('says when the system encryption is weak', async () => {
  expect(await createKeyStore(dir, fakeCipher(false)).save(PAIRING)).toBe('os-weak');
});

it('an encrypted file is not read without its cipher, nor a plain one by an encrypting host', async () => {
  await createKeyStore(dir, fakeCipher()).save(PAIRING);
  expect(await createKeyStore(dir).load()).toBeNull();
  await createKeyStore(dir).save(PAIRING);
  expect(await createKeyStore(dir, fakeCipher()).load()).toBeNull();
});

it('a damaged file or one the cipher cannot open reads as not paired', async () => {
  const store = createKeyStore(dir, fakeCipher());
  await writeFile(join(dir, KEY_FILE_NAME), '{ not json');
  expect(await store.load()).toBeNull();
  await writeFile(
    join(dir, KEY_FILE_NAME),
    JSON.stringify({ version: 1, ...PAIRING, keyFormat: 'encrypted', key: Buffer.from('garbage').toString('base64') }),
  );
  expect(await store.load()).toBeNull();
});

it('clear removes the file, and clearing twice is fine', async () => {
  const store = createKeyStore(dir);
  await store.save(PAIRING);
  await store.clear();
  await store.clear();
  expect(await store.load()).toBeNull();
});
