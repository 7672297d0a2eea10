import { afterAll, beforeAll, expect, it } from 'vitest';
import { redemptionStatusResponseSchema, type Redemption } from '../../../shared/backend-api.js';
import {
  apiClient,
  cardBalance,
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

let keyCounter = 0;
const newKey = (): string => `rev-${Date.now()}-${keyCounter++}`;

describeEachDialect('redemption status and reversal by key', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let api: ApiClient;
  let terminalOnly: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    api = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    // Status and reversal come from the terminal's outbox, possibly after the cashier signed out.
    terminalOnly = apiClient(backend.url, { key: seeded.terminal.key });
  });
  afterAll(async () => backend?.close());

  it('tells the terminal a key was applied, with the redemption as first answered', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const key = newKey();
    const sent = await api.post<{ redemption: Redemption }>('/v1/redemptions', {
      code: card.code,
      amountMinor: 800,
      currency: 'USD',
      idempotencyKey: key,
    });
    const status = await terminalOnly.get(`/v1/redemptions/by-key/${key}`);
    expect(status.status).toBe(200);
    expect(redemptionStatusResponseSchema.parse(status.body)).toEqual({
      status: 'applied',
      redemption: sent.body.redemption,
    });
  });

  it('answers not_found for a key never applied, and for another terminal’s key', async () => {
    expect(await terminalOnly.get(`/v1/redemptions/by-key/${newKey()}`)).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
    const card = await backend.seed.card(seeded.store, 2000);
    const key = newKey();
    await api.post('/v1/redemptions', { code: card.code, currency: 'USD', idempotencyKey: key });
    const other = apiClient(backend.url, { key: seeded.otherTerminal.key });
    expect((await other.get(`/v1/redemptions/by-key/${key}`)).status).toBe(404);
    const declinedKey = newKey();
    await api.post('/v1/redemptions', { code: card.code, currency: 'USD', idempotencyKey: declinedKey });
    expect((await terminalOnly.get(`/v1/redemptions/by-key/${declinedKey}`)).status).toBe(404);
  });

  it('reverses an applied key: exactly that amount goes back, once, and the key cannot apply again', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const key = newKey();
    const request = { code: card.code, amountMinor: 750, currency: 'USD', idempotencyKey: key };
    expect((await api.post('/v1/redemptions', request)).status).toBe(201);
    expect(await cardBalance(backend.database, card.id)).toBe(1250);

    expect(await terminalOnly.post('/v1/reversals', { idempotencyKey: key })).toMatchObject({
      status: 200,
      body: { status: 'reversed' },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(2000);
    expect(await terminalOnly.post('/v1/reversals', { idempotencyKey: key })).toMatchObject({
      body: { status: 'reversed' },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(2000);

    const late = await api.post('/v1/redemptions', request);
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'key_reversed' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(2000);
    const status = redemptionStatusResponseSchema.parse((await terminalOnly.get(`/v1/redemptions/by-key/${key}`)).body);
    expect(status.status).toBe('reversed');
    expect(status.redemption?.amountMinor).toBe(750);

    const reversal = await backend.database.db
      .selectFrom('activities')
      .selectAll()
      .where('card_id', '=', card.id)
      .where('kind', '=', 'reversal')
      .execute();
    expect(reversal).toHaveLength(1);
    expect(reversal[0]).toMatchObject({
      terminal_id: seeded.terminal.id,
      cashier_id: seeded.cashier.id,
      store_id: seeded.store.id,
    });
    expect(Number(reversal[0]?.amount_minor)).toBe(750);
  });

  it('leaves a tombstone for a key never seen, so a late copy of the request takes nothing', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const key = newKey();
    expect(await terminalOnly.post('/v1/reversals', { idempotencyKey: key })).toMatchObject({
      status: 200,
      body: { status: 'not_applied' },
    });
    expect(await terminalOnly.post('/v1/reversals', { idempotencyKey: key })).toMatchObject({
      body: { status: 'not_applied' },
    });
    const late = await api.post('/v1/redemptions', { code: card.code, currency: 'USD', idempotencyKey: key });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'key_reversed' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(2000);
    expect(
      redemptionStatusResponseSchema.parse((await terminalOnly.get(`/v1/redemptions/by-key/${key}`)).body),
    ).toEqual({
      status: 'reversed',
      redemption: null,
    });
  });

  it('reverses a declined key without moving money', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    const key = newKey();
    const declined = await api.post('/v1/redemptions', {
      code: card.code,
      amountMinor: 500,
      currency: 'USD',
      idempotencyKey: key,
    });
    expect(declined.status).toBe(409);
    expect(await terminalOnly.post('/v1/reversals', { idempotencyKey: key })).toMatchObject({
      body: { status: 'not_applied' },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(100);
  });

  it('needs a terminal key and a well-formed key', async () => {
    expect((await apiClient(backend.url).post('/v1/reversals', { idempotencyKey: newKey() })).status).toBe(401);
    expect(await terminalOnly.post('/v1/reversals', { idempotencyKey: 'bad key!' })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
  });

  it('keeps every card’s balance equal to the replay of its ledger', async () => {
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
