import { afterEach, expect, it } from 'vitest';
import type { Redemption, SignInResponse } from '../../../shared/backend-api.js';
import {
  apiClient,
  cardBalance,
  describeEachDialect,
  ledgerMismatches,
  spawnBackend,
  startTestBackend,
  type SpawnedBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('crash between commit and response', (dialect) => {
  let backend: TestBackend | undefined;
  let child: SpawnedBackend | undefined;

  afterEach(async () => {
    await child?.stop();
    await backend?.close();
  });

  function envFor(data: TestBackend, fault?: string): Record<string, string> {
    const env: Record<string, string> = {
      TILLCARD_DATA_DIR: data.dataDir,
      TILLCARD_SERVER_KEY: data.serverKey.toString('hex'),
    };
    if (data.databaseUrl !== undefined) env.DATABASE_URL = data.databaseUrl;
    if (fault !== undefined) env.TILLCARD_FAULT = fault;
    return env;
  }

  it('after a restart, the key answers with the committed redemption and nothing is debited twice', async () => {
    backend = await startTestBackend({ dialect });
    const seeded = await backend.seed.store();
    const card = await backend.seed.card(seeded.store, 6000);
    await backend.stop();

    child = await spawnBackend(envFor(backend, 'exit-after-commit'));
    const terminal = apiClient(child.url, { key: seeded.terminal.key });
    const signIn = await terminal.post<SignInResponse>('/v1/sessions', {
      cashierId: seeded.cashier.id,
      pin: seeded.cashier.pin,
    });
    expect(signIn.status).toBe(201);
    const till = terminal.with({ token: signIn.body.token });
    const request = { code: card.code, amountMinor: 2500, currency: 'USD', idempotencyKey: 'crash-key-0001' };
    await expect(till.post('/v1/redemptions', request)).rejects.toThrow();
    expect(await child.exited).toBe(86);

    child = await spawnBackend(envFor(backend));
    const restartedTill = apiClient(child.url, { key: seeded.terminal.key, token: signIn.body.token });
    const status = await restartedTill.get<{ status: string; redemption: Redemption }>(
      '/v1/redemptions/by-key/crash-key-0001',
    );
    expect(status.body.status).toBe('applied');
    const replay = await restartedTill.post<{ redemption: Redemption }>('/v1/redemptions', request);
    expect(replay.status).toBe(201);
    expect(replay.body.redemption).toMatchObject({
      amountMinor: 2500,
      balanceBeforeMinor: 6000,
      balanceAfterMinor: 3500,
    });
    expect(replay.body.redemption).toEqual(status.body.redemption);
    expect((await restartedTill.post('/v1/redemptions', request)).text).toBe(replay.text);
    await child.stop();

    backend = await backend.restart();
    expect(await cardBalance(backend.database, card.id)).toBe(3500);
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
