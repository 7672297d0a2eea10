import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { errorBodySchema } from '../../../shared/backend-api.js';
import { DEFAULT_CONFIG } from '../../../backend/config.js';
import { revokeTerminal } from '../../../backend/terminals/terminal.service.js';
import {
  apiClient,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('error answers', (dialect) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
  });
  afterAll(async () => backend?.close());

  it('refuses a revoked terminal key within the credentials cache TTL, and its sessions with it', async () => {
    const seeded = await backend.seed.store();
    const { api } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    const card = await backend.seed.card(seeded.store, 100);
    expect((await api.post('/v1/cards/lookup', { code: card.code })).status).toBe(200);
    const revokedAtMs = performance.now();
    expect(await revokeTerminal(backend.ctx, seeded.terminal.id)).toBe(true);
    await expect
      .poll(async () => (await api.post('/v1/cards/lookup', { code: card.code })).status, {
        timeout: DEFAULT_CONFIG.credentialsCacheTtlMs + 3_000,
        interval: 100,
      })
      .toBe(401);
    // The cache may keep it for its TTL, not longer (the margin covers a slow request).
    expect(performance.now() - revokedAtMs).toBeLessThan(DEFAULT_CONFIG.credentialsCacheTtlMs + 1_500);
    const refused = await api.post('/v1/cards/lookup', { code: card.code });
    expect(refused).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(await revokeTerminal(backend.ctx, seeded.terminal.id)).toBe(false);
  });

  it('refuses a signed-out session on its very next request', async () => {
    const seeded = await backend.seed.store();
    const { api } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    expect((await api.get('/v1/shifts/current')).status).toBe(200);
    expect((await api.delete('/v1/sessions/current')).status).toBe(204);
    expect(await api.get('/v1/shifts/current')).toMatchObject({
      status: 401,
      body: { error: { code: 'unauthorized' } },
    });
  });

  it('answers every error with the documented shape and the status of its code', async () => {
    const responses = [
      await apiClient(backend.url).get('/v1/redemptions/by-key/abcdefgh'),
      await apiClient(backend.url).get('/nowhere'),
      await apiClient(backend.url, { key: 'tk_unknown' }).postRaw('/v1/sessions', '[1,2'),
    ];
    expect(responses.map((response) => response.status)).toEqual([401, 404, 401]);
    for (const response of responses) expect(errorBodySchema.safeParse(response.body).success).toBe(true);
  });

  // Last: it breaks this file's database on purpose.
  it('answers an unexpected failure with internal_error and nothing about the cause', async () => {
    const seeded = await backend.seed.store();
    const { api } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    // Break the database under the running app: the throttle table disappears.
    await sql`drop table throttles`.execute(backend.database.db);
    const response = await api.post('/v1/cards/lookup', { code: 'K3M7TQ9WXE2HRD4' });
    expect(response.status).toBe(500);
    expect(errorBodySchema.parse(response.body).error).toEqual({ code: 'internal_error', message: 'internal error' });
    expect(response.text).not.toMatch(/throttles|sqlite|postgres|\.ts:\d+/i);
  });
});
