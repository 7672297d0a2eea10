import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnBackend, type SpawnedBackend } from '../../fixtures/backend/index.js';

const modeOf = (path: string): number => statSync(path).mode & 0o777;

// Anyone else on the machine must not read the ledger, its WAL, or the server key.
describe('secrets at rest (the real backend process)', () => {
  let root = '';
  let backend: SpawnedBackend | undefined;
  afterEach(async () => {
    await backend?.stop();
    backend = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the data folder 0700 and the database, WAL, SHM and server key 0600', async () => {
    root = mkdtempSync(join(tmpdir(), 'tillcard-modes-'));
    const dataDir = join(root, 'data');
    backend = await spawnBackend({ TILLCARD_DATA_DIR: dataDir });
    expect(modeOf(dataDir)).toBe(0o700);
    for (const file of ['tillcard.sqlite', 'tillcard.sqlite-wal', 'tillcard.sqlite-shm', 'server.key'])
      expect(modeOf(join(dataDir, file)), file).toBe(0o600);
  });

  it('tightens a data folder an older version left readable to others', async () => {
    root = mkdtempSync(join(tmpdir(), 'tillcard-modes-'));
    const dataDir = join(root, 'data');
    backend = await spawnBackend({ TILLCARD_DATA_DIR: dataDir });
    await backend.stop();
    chmodSync(dataDir, 0o755);
    for (const file of ['tillcard.sqlite', 'server.key']) chmodSync(join(dataDir, file), 0o644);
    // A stale WAL left world-readable (SQLite keeps an existing file's mode).
    writeFileSync(join(dataDir, 'tillcard.sqlite-wal'), '', { mode: 0o644 });
    chmodSync(join(dataDir, 'tillcard.sqlite-wal'), 0o644);
    backend = await spawnBackend({ TILLCARD_DATA_DIR: dataDir });
    expect(modeOf(dataDir)).toBe(0o700);
    for (const file of ['tillcard.sqlite', 'tillcard.sqlite-wal', 'server.key'])
      expect(modeOf(join(dataDir, file)), file).toBe(0o600);
  });

  it('leaves a shared sticky folder alone but still makes its files private', async () => {
    root = mkdtempSync(join(tmpdir(), 'tillcard-modes-'));
    const shared = join(root, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    backend = await spawnBackend({ TILLCARD_DATA_DIR: shared });
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(modeOf(join(shared, 'tillcard.sqlite'))).toBe(0o600);
  });
});
