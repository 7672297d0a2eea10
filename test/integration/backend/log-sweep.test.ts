import { afterEach, expect, it } from 'vitest';
import type { SignInResponse } from '../../../shared/backend-api.js';
import { formatCode } from '../../../shared/claim-code.js';
import { createStaff } from '../../../backend/staff/staff.service.js';
import {
  apiClient,
  describeEachDialect,
  spawnBackend,
  startTestBackend,
  type SpawnedBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';

// Unusual PINs, so finding one in the log cannot be a coincidence with a timestamp or a port.
const CASHIER_PIN = '58274619';
const MANAGER_PIN = '73946285';
const WRONG_PIN = '19283746';

describeEachDialect('log sweep', (dialect) => {
  let backend: TestBackend | undefined;
  let child: SpawnedBackend | undefined;

  afterEach(async () => {
    await child?.stop();
    await backend?.close();
  });

  it('never writes a card code, PIN, terminal key or session token to the log', async () => {
    backend = await startTestBackend({ dialect });
    const seeded = await backend.seed.store();
    const cashier = await createStaff(backend.ctx, {
      storeId: seeded.store.id,
      name: 'Sam',
      role: 'cashier',
      pin: CASHIER_PIN,
    });
    const manager = await createStaff(backend.ctx, {
      storeId: seeded.store.id,
      name: 'Max',
      role: 'manager',
      pin: MANAGER_PIN,
    });
    const [card, spare] = await backend.seed.cards(seeded.store, 2, 5000);
    if (card === undefined || spare === undefined) throw new Error('cards not issued');
    await backend.stop();
    const env: Record<string, string> = {
      TILLCARD_DATA_DIR: backend.dataDir,
      TILLCARD_SERVER_KEY: backend.serverKey.toString('hex'),
    };
    if (backend.databaseUrl !== undefined) env.DATABASE_URL = backend.databaseUrl;
    child = await spawnBackend(env);

    const terminal = apiClient(child.url, { key: seeded.terminal.key });
    expect((await terminal.post('/v1/sessions', { cashierId: cashier.id, pin: WRONG_PIN })).status).toBe(401);
    const signIn = await terminal.post<SignInResponse>('/v1/sessions', { cashierId: cashier.id, pin: CASHIER_PIN });
    const till = terminal.with({ token: signIn.body.token });
    const token = signIn.body.token;
    expect((await till.post('/v1/cards/lookup', { code: formatCode(card.code) })).status).toBe(200);
    expect((await till.post('/v1/cards/lookup', { code: `${spare.code}X` })).status).toBe(404);
    const request = { code: card.code, amountMinor: 100, currency: 'USD', idempotencyKey: 'sweep-key-0001' };
    expect((await till.post('/v1/redemptions', request)).status).toBe(201);
    expect((await till.post('/v1/redemptions', request)).status).toBe(201);
    expect((await till.post('/v1/redemptions', { ...request, code: spare.code })).status).toBe(409);
    expect((await till.postRaw('/v1/redemptions', `{"code":"${spare.code}","pin":"${CASHIER_PIN}"`)).status).toBe(400);
    expect((await till.post('/v1/lockouts/unlock', { managerId: manager.id, managerPin: MANAGER_PIN })).status).toBe(
      200,
    );
    expect((await till.post('/v1/lockouts/unlock', { managerId: manager.id, managerPin: WRONG_PIN })).status).toBe(403);
    expect(
      (await apiClient(child.url, { key: `${seeded.terminal.key}x` }).get('/v1/redemptions/by-key/sweep-key-0001'))
        .status,
    ).toBe(401);
    expect((await till.delete('/v1/sessions/current')).status).toBe(204);
    // SIGTERM: the backend closes its server and database and exits cleanly.
    expect(await child.stop()).toBe(0);

    const log = child.output();
    // The log did record the run: one line per request with method, url and status.
    expect(log).toContain('"url":"/v1/redemptions","status":201');
    expect(log.match(/"msg":"request"/g)?.length).toBeGreaterThanOrEqual(10);
    const secrets = [
      card.code,
      formatCode(card.code),
      spare.code,
      CASHIER_PIN,
      MANAGER_PIN,
      WRONG_PIN,
      seeded.terminal.key,
      seeded.terminal.key.slice(3),
      token,
      token.slice(3),
    ];
    for (const secret of secrets)
      expect(log.includes(secret), `log holds a secret of length ${secret.length}`).toBe(false);
  });
});
