/**
 * The paired terminal key on disk: `<terminalDir>/terminal-key.json`, readable by its owner only
 * (0600), with the key encrypted when a KeyCipher is given. Written atomically, so a crash leaves
 * the old pairing or the new one, never half a file.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { KeyProtection } from '../../../shared/pairing-api.js';
import { ensurePrivateFolder, writePrivateFileAtomically } from '../private-files.js';
import type { KeyCipher } from './key-cipher.js';

export const KEY_FILE_NAME = 'terminal-key.json';

const keyFileSchema = z.object({
  version: z.literal(1),
  backendUrl: z.string(),
  terminal: z.object({ id: z.string(), name: z.string(), storeName: z.string() }),
  pairedAt: z.string(),
  /** 'encrypted': `key` is base64 of the cipher's output; 'plain': `key` is the key itself. */
  keyFormat: z.enum(['encrypted', 'plain']),
  key: z.string().min(1),
});

export interface StoredPairing {
  backendUrl: string;
  terminal: { id: string; name: string; storeName: string };
  pairedAt: string;
  key: string;
  protection: KeyProtection;
}

export interface KeyStore {
  readonly path: string;
  /** The saved pairing, or null when there is none (or it cannot be read or decrypted: pair again). */
  load(): Promise<StoredPairing | null>;
  save(pairing: Omit<StoredPairing, 'protection'>): Promise<KeyProtection>;
  clear(): Promise<void>;
}

export function createKeyStore(terminalDir: string, cipher?: KeyCipher): KeyStore {
  const path = join(terminalDir, KEY_FILE_NAME);
  const protection = (): KeyProtection => (cipher === undefined ? 'file' : cipher.isStrong() ? 'os' : 'os-weak');
  return {
    path,
    async load() {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path, 'utf8'));
      } catch {
        return null;
      }
      const parsed = keyFileSchema.safeParse(json);
      if (!parsed.success) return null;
      const { keyFormat, key, version: _version, ...facts } = parsed.data;
      // A file written encrypted needs the cipher to read it; a plain one is read only without a
      // cipher, so an encrypted install never silently falls back to a plain key.
      if ((keyFormat === 'encrypted') !== (cipher !== undefined)) return null;
      try {
        const plain = cipher === undefined ? key : cipher.decrypt(Buffer.from(key, 'base64'));
        return { ...facts, key: plain, protection: protection() };
      } catch {
        return null;
      }
    },
    async save(pairing) {
      const file: z.infer<typeof keyFileSchema> = {
        version: 1,
        backendUrl: pairing.backendUrl,
        terminal: pairing.terminal,
        pairedAt: pairing.pairedAt,
        keyFormat: cipher === undefined ? 'plain' : 'encrypted',
        key: cipher === undefined ? pairing.key : cipher.encrypt(pairing.key).toString('base64'),
      };
      await ensurePrivateFolder(terminalDir);
      await writePrivateFileAtomically(path, `${JSON.stringify(file, null, 2)}\n`);
      return protection();
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}
