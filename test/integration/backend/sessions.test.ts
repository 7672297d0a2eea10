import { afterAll, beforeAll, expect, it } from 'vitest';
import { signInResponseSchema } from '../../../shared/backend-api.js';
import {
  apiClient,
  describeEachDialect,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('sessions', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());

  it('answers health without a key', async () => {
    const response = await apiClient(backend.url).get('/healthz');
    expect(response).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('signs a cashier in, opening a shift, and resumes that shift on the next sign-in', async () => {
    const terminal = apiClient(backend.url, { key: seeded.terminal.key });
    const first = await terminal.post('/v1/sessions', { cashierId: seeded.cashier.id, pin: seeded.cashier.pin });
    expect(first.status).toBe(201);
    const session = signInResponseSchema.parse(first.body);
    expect(session.cashier).toMatchObject({ id: seeded.cashier.id, role: 'cashier' });
    expect(session.shift).toMatchObject({ status: 'open', terminalId: seeded.terminal.id, storeId: seeded.store.id });
    expect(session.store.id).toBe(seeded.store.id);

    const signOut = await terminal.with({ token: session.token }).delete('/v1/sessions/current');
    expect(signOut.status).toBe(204);
    const reused = await terminal.with({ token: session.token }).delete('/v1/sessions/current');
    expect(reused.status).toBe(401);
    expect(reused.body).toMatchObject({ error: { code: 'unauthorized' } });

    const second = signInResponseSchema.parse(
      (await terminal.post('/v1/sessions', { cashierId: seeded.cashier.id, pin: seeded.cashier.pin })).body,
    );
    expect(second.shift.id).toBe(session.shift.id);
    expect(second.token).not.toBe(session.token);
  });

  it('lets a manager sign in with the manager role', async () => {
    const terminal = apiClient(backend.url, { key: seeded.otherTerminal.key });
    const response = await terminal.post('/v1/sessions', { cashierId: seeded.manager.id, pin: seeded.manager.pin });
    expect(response.status).toBe(201);
    expect(signInResponseSchema.parse(response.body).cashier.role).toBe('manager');
  });

  it('refuses a missing or unknown terminal key', async () => {
    const noKey = await apiClient(backend.url).post('/v1/sessions', { cashierId: 'x', pin: '1234' });
    expect(noKey).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    const wrongKey = await apiClient(backend.url, { key: 'tk_not-a-real-key' }).post('/v1/sessions', {
      cashierId: 'x',
      pin: '1234',
    });
    expect(wrongKey).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('does not let a cashier of another store sign in on this terminal', async () => {
    const other = await backend.seed.store({ name: 'Third store' });
    const response = await apiClient(backend.url, { key: seeded.terminal.key }).post('/v1/sessions', {
      cashierId: other.cashier.id,
      pin: other.cashier.pin,
    });
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'pin_wrong' } } });
  });

  it('answers unknown routes, bad JSON and unknown fields with coded errors', async () => {
    const terminal = apiClient(backend.url, { key: seeded.terminal.key });
    expect(await terminal.get('/v1/nothing-here')).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
    const badJson = await terminal.postRaw('/v1/sessions', '{"cashierId": ');
    expect(badJson).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(badJson.text).not.toMatch(/at .*\.(ts|js):\d+/);
    const unknownField = await terminal.post('/v1/sessions', { cashierId: seeded.cashier.id, pin: '1234', extra: 1 });
    expect(unknownField).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });
});
