import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadServerKey } from '../../../backend/crypto/server-key.js';

describe('loadServerKey', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillcard-key-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates <dataDir>/server.key readable by the owner only, and reads the same key next time', () => {
    const first = loadServerKey(dataDir, undefined);
    const file = join(dataDir, 'server.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect(loadServerKey(dataDir, undefined).equals(first)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('hex'));
  });

  it('prefers TILLCARD_SERVER_KEY, so every instance of a chain agrees', () => {
    writeFileSync(join(dataDir, 'server.key'), 'aa'.repeat(32));
    const fromEnv = loadServerKey(dataDir, 'bb'.repeat(32));
    expect(fromEnv.toString('hex')).toBe('bb'.repeat(32));
  });

  it('refuses a key too short to be safe', () => {
    expect(() => loadServerKey(dataDir, 'abcd')).toThrow(/shorter than 16 bytes/);
  });
});
