import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  apiClient,
  cardBalance,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('replay after a restart', (dialect) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
  });
  afterAll(async () => backend?.close());

  it('answers a key with its original response after the app is closed and reopened on the same database', async () => {
    const seeded = await backend.seed.store();
    const card = await backend.seed.card(seeded.store, 2000);
    const { api, session } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    const request = { code: card.code, amountMinor: 600, currency: 'USD', idempotencyKey: 'restart-key-01' };
    const declineRequest = { code: card.code, amountMinor: 99_999, currency: 'USD', idempotencyKey: 'restart-key-02' };
    const first = await api.post('/v1/redemptions', request);
    const declined = await api.post('/v1/redemptions', declineRequest);
    expect([first.status, declined.status]).toEqual([201, 409]);

    backend = await backend.restart();
    const again = apiClient(backend.url, { key: seeded.terminal.key, token: session.token });
    // The card changes after the restart; the replay still shows the balance of the original answer.
    await again.post('/v1/redemptions', { ...request, idempotencyKey: 'restart-key-03', amountMinor: 100 });
    const replay = await again.post('/v1/redemptions', request);
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect((await again.post('/v1/redemptions', declineRequest)).text).toBe(declined.text);
    expect(await cardBalance(backend.database, card.id)).toBe(1300);
  });
});
