import { afterAll, beforeAll, expect, it } from 'vitest';
import { saleSettingsResponseSchema } from '../../../shared/sales-api.js';
import { updateSaleSettings } from '../../../backend/sales/sale-settings.js';
import {
  apiClient,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect("the store's sale settings for the till", (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let counter: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    counter = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
  });
  afterAll(async () => {
    await backend?.close();
  });

  it("answers a signed-in cashier with the limits in the store's currency, reloads off by default", async () => {
    const response = await counter.get('/v1/sale-settings');
    expect(response.status, response.text).toBe(200);
    const settings = saleSettingsResponseSchema.parse(response.body);
    expect(settings.currency).toBe('USD');
    expect(settings.reloadAllowed).toBe(false);
    expect(settings.activationMinMinor).toBeGreaterThan(0);
    expect(settings.activationMaxMinor).toBeGreaterThanOrEqual(settings.activationMinMinor);
    expect(settings.maxBalanceMinor).toBeGreaterThanOrEqual(settings.activationMaxMinor);
  });

  it("follows a change of the store's settings at the next ask", async () => {
    await updateSaleSettings(backend.ctx, seeded.store.id, {
      activationMinMinor: 1000,
      activationMaxMinor: 20_000,
      reloadAllowed: true,
      maxBalanceMinor: 50_000,
    });
    const response = await counter.get('/v1/sale-settings');
    expect(response.body).toEqual({
      currency: 'USD',
      activationMinMinor: 1000,
      activationMaxMinor: 20_000,
      reloadAllowed: true,
      maxBalanceMinor: 50_000,
    });
  });

  it('needs a signed-in session on a known terminal', async () => {
    expect((await apiClient(backend.url, { key: seeded.terminal.key }).get('/v1/sale-settings')).status).toBe(401);
    expect((await apiClient(backend.url).get('/v1/sale-settings')).status).toBe(401);
  });
});
