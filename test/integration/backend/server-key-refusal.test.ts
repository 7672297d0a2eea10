/**
 * A backend whose server key is not the one the database's card codes were made with refuses to
 * start, saying so (otherwise every real card would answer card_not_found, and those misses
 * would count toward entry locks). Checked in process and on real backend processes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IssuedCard } from '../../../backend/cards/card.service.js';
import { ServerKeyMismatchError } from '../../../backend/crypto/server-key-check.js';
import { openLedger } from '../../../backend/open-ledger.js';
import {
  describeEachDialect,
  signedIn,
  spawnBackend,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const hex = (key: Buffer) => key.toString('hex');

describeEachDialect('server key refusal', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let card: IssuedCard;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    card = await backend.seed.card(seeded.store, 2_500);
    await backend.stop();
  });
  afterAll(async () => backend?.close());

  const open = (serverKeyEnv: string | undefined) =>
    openLedger({
      databaseUrl: backend.databaseUrl,
      dataDir: backend.dataDir,
      serverKeyEnv,
      nowIso: new Date().toISOString(),
    });

  it('records the key of a database from before keys were recorded, then refuses any other', async () => {
    const adopted = await open(hex(backend.serverKey));
    expect(adopted.keyCheck).toBe('recorded_unverified');
    await adopted.database.close();
    const again = await open(hex(backend.serverKey));
    expect(again.keyCheck).toBe('matches');
    await again.database.close();
    await expect(open(hex(randomBytes(32)))).rejects.toThrow(ServerKeyMismatchError);
    await expect(open(hex(randomBytes(32)))).rejects.toThrow(
      /TILLCARD_SERVER_KEY .*not the key this database's card codes were made with/,
    );
  });

  it('a backend process with another key exits, saying why; with the right key it finds the card', async () => {
    const env = {
      TILLCARD_DATA_DIR: backend.dataDir,
      DATABASE_URL: backend.databaseUrl ?? '',
    };
    const wrong = spawnBackend({ ...env, TILLCARD_SERVER_KEY: hex(randomBytes(32)) });
    await expect(wrong).rejects.toThrow(/backend exited \(1\)/);
    await expect(wrong).rejects.toThrow(/not the key this database's card codes were made with/);

    const right = await spawnBackend({ ...env, TILLCARD_SERVER_KEY: hex(backend.serverKey) });
    try {
      const { api } = await signedIn(right.url, seeded.terminal.key, seeded.cashier);
      const found = await api.post('/v1/cards/lookup', { code: card.code });
      expect(found).toMatchObject({ status: 200, body: { card: { balanceMinor: 2_500 } } });
    } finally {
      await right.stop();
    }
  });

  it.runIf(dialect === 'sqlite')(
    'a store whose server.key went missing does not start with a new one, nor leaves one behind',
    async () => {
      const keyFile = join(backend.dataDir, 'server.key');
      rmSync(keyFile, { force: true });
      await expect(open(undefined)).rejects.toThrow(/server\.key was missing, so a new server key was made/);
      expect(existsSync(keyFile)).toBe(false);
    },
  );
});
