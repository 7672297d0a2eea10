import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, ensurePrivateFile } from '../private-files.js';

const KEY_BYTES = 32;

/** A server key and where it came from, so a refusal can name what to fix. */
export interface LoadedServerKey {
  key: Buffer;
  /** 'TILLCARD_SERVER_KEY', the key file's path, or 'memory' for a throw-away database. */
  source: string;
  /** True when this call made a new key file (a first start, or a lost key file). */
  created: boolean;
}

/**
 * The server key HMACs card codes. A chain sets TILLCARD_SERVER_KEY (hex or base64) on every
 * instance so they all agree; a single store keeps it in <dataDir>/server.key (mode 0600),
 * created on first start. Losing the key makes every stored code unreadable: back it up.
 */
export function loadServerKey(dataDir: string, envValue: string | undefined): Buffer {
  return readServerKey(dataDir, envValue).key;
}

export function readServerKey(dataDir: string, envValue: string | undefined): LoadedServerKey {
  if (envValue !== undefined && envValue !== '') {
    return { key: decodeKey(envValue, 'TILLCARD_SERVER_KEY'), source: 'TILLCARD_SERVER_KEY', created: false };
  }
  if (dataDir === ':memory:') return { key: randomBytes(KEY_BYTES), source: 'memory', created: true };
  const file = join(dataDir, 'server.key');
  ensurePrivateDir(dataDir);
  if (existsSync(file)) {
    ensurePrivateFile(file);
    return { key: decodeKey(readFileSync(file, 'utf8').trim(), file), source: file, created: false };
  }
  const key = randomBytes(KEY_BYTES);
  // 'wx' fails if another process created the file meanwhile; then read theirs.
  try {
    writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return { key, source: file, created: true };
  } catch {
    return { key: decodeKey(readFileSync(file, 'utf8').trim(), file), source: file, created: false };
  }
}

function decodeKey(text: string, source: string): Buffer {
  const key = /^[0-9a-fA-F]+$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length < 16) throw new Error(`server key from ${source} is shorter than 16 bytes`);
  return key;
}
