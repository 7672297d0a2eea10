import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_BYTES = 32;

/**
 * The server key HMACs card codes. A chain sets TILLCARD_SERVER_KEY (hex or base64) on every
 * instance so they all agree; a single store keeps it in <dataDir>/server.key (mode 0600),
 * created on first start. Losing the key makes every stored code unreadable: back it up.
 */
export function loadServerKey(dataDir: string, envValue: string | undefined): Buffer {
  if (envValue !== undefined && envValue !== '') return decodeKey(envValue, 'TILLCARD_SERVER_KEY');
  if (dataDir === ':memory:') return randomBytes(KEY_BYTES);
  const file = join(dataDir, 'server.key');
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8').trim(), file);
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  // 'wx' fails if another process created the file meanwhile; then read theirs.
  try {
    writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return key;
  } catch {
    return decodeKey(readFileSync(file, 'utf8').trim(), file);
  }
}

function decodeKey(text: string, source: string): Buffer {
  const key = /^[0-9a-fA-F]+$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length < 16) throw new Error(`server key from ${source} is shorter than 16 bytes`);
  return key;
}
