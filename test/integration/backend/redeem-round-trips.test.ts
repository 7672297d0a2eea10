import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  signedIn,
  startTestBackend,
  TEST_PG_URL,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

let keyCounter = 0;
const newKey = (): string => `trips-${Date.now()}-${keyCounter++}`;

/**
 * The PostgreSQL hot path keeps its round trips: an applied redemption is one statement, and a
 * decline is that statement, one read and the remembered answer. Counted at the driver, so a
 * query added anywhere on the way (a service, a repository, the auth hook) shows here.
 */
describe.skipIf(TEST_PG_URL === undefined || TEST_PG_URL === '')('redemption round trips [postgres]', () => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let api: ApiClient;

  beforeAll(async () => {
    // Credentials stay cached for the whole test, so only the redemption's own queries count.
    backend = await startTestBackend({ dialect: 'postgres', config: { credentialsCacheTtlMs: 600_000 } });
    seeded = await backend.seed.store();
    api = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
  });
  afterAll(async () => backend?.close());
  afterEach(() => vi.restoreAllMocks());

  /** Round trips to the server while `run` runs (after one request that fills the credentials cache). */
  async function roundTrips(run: () => Promise<unknown>): Promise<number> {
    await api.get('/v1/shifts/current');
    const query = vi.spyOn(pg.Client.prototype, 'query');
    await run();
    const count = query.mock.calls.length;
    query.mockRestore();
    return count;
  }

  it('applies a redemption in one round trip', async () => {
    const card = await backend.seed.card(seeded.store, 1_000);
    const trips = await roundTrips(async () => {
      const response = await api.post('/v1/redemptions', {
        code: card.code,
        amountMinor: 250,
        currency: 'USD',
        idempotencyKey: newKey(),
      });
      expect(response.status).toBe(201);
    });
    expect(trips).toBe(1);
  });

  it('declines in three: the statement, the read that says why, the remembered answer', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    const trips = await roundTrips(async () => {
      const response = await api.post<{ error?: { code: string } }>('/v1/redemptions', {
        code: card.code,
        amountMinor: 500,
        currency: 'USD',
        idempotencyKey: newKey(),
      });
      expect(response.body.error?.code).toBe('insufficient_funds');
    });
    expect(trips).toBe(3);
  });
});
