import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { redeemResponseSchema, type Redemption } from '../../../shared/backend-api.js';
import { codeFromRandom, CODE_LENGTH } from '../../../shared/claim-code.js';
import {
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
const newKey = (): string => `key-${Date.now()}-${keyCounter++}`;

describeEachDialect('redemptions', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let api: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());
  beforeEach(async () => {
    api = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
  });

  const redeem = (body: Record<string, unknown>) =>
    api.post<{ redemption: Redemption; error?: { code: string; message: string; details?: Record<string, unknown> } }>(
      '/v1/redemptions',
      body,
    );

  it('takes the full balance when no amount is given, and tags it with store, terminal, cashier and shift', async () => {
    const card = await backend.seed.card(seeded.store, 4321);
    const response = await redeem({ code: card.code, currency: 'USD', idempotencyKey: newKey() });
    expect(response.status).toBe(201);
    const { redemption } = redeemResponseSchema.parse(response.body);
    expect(redemption).toMatchObject({
      amountMinor: 4321,
      balanceBeforeMinor: 4321,
      balanceAfterMinor: 0,
      currency: 'USD',
      card: { last4: card.last4 },
      storeId: seeded.store.id,
      terminalId: seeded.terminal.id,
      cashierId: seeded.cashier.id,
    });
    expect(response.text).not.toContain(card.code);
    expect(await cardBalance(backend.database, card.id)).toBe(0);
    const activity = await backend.database.db
      .selectFrom('activities')
      .selectAll()
      .where('redemption_id', '=', redemption.id)
      .executeTakeFirstOrThrow();
    expect(activity).toMatchObject({
      kind: 'redeem',
      store_id: seeded.store.id,
      terminal_id: seeded.terminal.id,
      cashier_id: seeded.cashier.id,
      shift_id: redemption.shiftId,
    });
    expect(Number(activity.amount_minor)).toBe(-4321);
  });

  it('leaves the rest on the card after a partial redemption', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    const response = await redeem({ code: card.code, amountMinor: 1250, currency: 'USD', idempotencyKey: newKey() });
    expect(response.body.redemption).toMatchObject({
      amountMinor: 1250,
      balanceBeforeMinor: 5000,
      balanceAfterMinor: 3750,
    });
    const lookup = await api.post<{ card: { balanceMinor: number } }>('/v1/cards/lookup', { code: card.code });
    expect(lookup.body.card.balanceMinor).toBe(3750);
    const tooMuch = await redeem({ code: card.code, amountMinor: 3751, currency: 'USD', idempotencyKey: newKey() });
    expect(tooMuch).toMatchObject({
      status: 409,
      body: { error: { code: 'insufficient_funds', details: { balanceMinor: 3750 } } },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(3750);
  });

  it('answers a repeated key with the original response byte for byte, even after the card changed', async () => {
    const card = await backend.seed.card(seeded.store, 3000);
    const key = newKey();
    const first = await redeem({ code: card.code, amountMinor: 1000, currency: 'USD', idempotencyKey: key });
    await redeem({ code: card.code, amountMinor: 500, currency: 'USD', idempotencyKey: newKey() });
    const again = await redeem({ code: card.code, amountMinor: 1000, currency: 'USD', idempotencyKey: key });
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(await cardBalance(backend.database, card.id)).toBe(1500);
  });

  it('refuses the same key with another request and names the field that differs', async () => {
    const card = await backend.seed.card(seeded.store, 3000);
    const other = await backend.seed.card(seeded.store, 3000);
    const key = newKey();
    await redeem({ code: card.code, amountMinor: 1000, currency: 'USD', idempotencyKey: key });
    const amount = await redeem({ code: card.code, amountMinor: 999, currency: 'USD', idempotencyKey: key });
    expect(amount).toMatchObject({ status: 409, body: { error: { code: 'idempotency_conflict' } } });
    expect(amount.body.error?.message).toContain('amountMinor');
    const code = await redeem({ code: other.code, amountMinor: 1000, currency: 'USD', idempotencyKey: key });
    expect(code.body.error?.code).toBe('idempotency_conflict');
    expect(code.body.error?.message).toContain('code');
    expect(code.text).not.toContain(other.code);
    expect(await cardBalance(backend.database, card.id)).toBe(2000);
    expect(await cardBalance(backend.database, other.id)).toBe(3000);
  });

  it('remembers a business decline under its key, but not a malformed code', async () => {
    const card = await backend.seed.card(seeded.store, 3000);
    await backend.database.db
      .updateTable('cards')
      .set({ status: 'frozen', frozen_reason: 'suspicious' })
      .where('id', '=', card.id)
      .execute();
    const key = newKey();
    const declined = await redeem({ code: card.code, currency: 'USD', idempotencyKey: key });
    expect(declined).toMatchObject({ status: 409, body: { error: { code: 'card_frozen' } } });
    await backend.database.db
      .updateTable('cards')
      .set({ status: 'active', frozen_reason: null })
      .where('id', '=', card.id)
      .execute();
    const retried = await redeem({ code: card.code, currency: 'USD', idempotencyKey: key });
    expect(retried.text).toBe(declined.text);
    expect(await cardBalance(backend.database, card.id)).toBe(3000);

    const fixKey = newKey();
    const malformed = await redeem({ code: 'NOT-A-CODE!', currency: 'USD', idempotencyKey: fixKey });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'code_malformed' } } });
    const fixed = await redeem({ code: card.code, currency: 'USD', idempotencyKey: fixKey });
    expect(fixed.status).toBe(201);
  });

  it('declines cards that cannot pay here, and a currency other than the card’s', async () => {
    const cases: Array<[string, () => Promise<string>]> = [
      ['card_not_found', async () => codeFromRandom(randomBytes(CODE_LENGTH - 1))],
      ['card_not_active', async () => (await backend.seed.card(seeded.store, 100, { status: 'inactive' })).code],
      [
        'card_expired',
        async () => (await backend.seed.card(seeded.store, 100, { expiresAt: '2021-06-01T00:00:00.000Z' })).code,
      ],
      ['region_mismatch', async () => (await backend.seed.card(seeded.store, 100, { region: 'GB' })).code],
    ];
    for (const [code, makeCode] of cases) {
      const response = await redeem({ code: await makeCode(), currency: 'USD', idempotencyKey: newKey() });
      expect(response.body.error?.code, code).toBe(code);
    }
    const card = await backend.seed.card(seeded.store, 100);
    const euro = await redeem({ code: card.code, currency: 'EUR', idempotencyKey: newKey() });
    expect(euro).toMatchObject({ status: 409, body: { error: { code: 'currency_mismatch' } } });
    await backend.database.db.updateTable('cards').set({ status: 'closed' }).where('id', '=', card.id).execute();
    expect((await redeem({ code: card.code, currency: 'USD', idempotencyKey: newKey() })).body.error?.code).toBe(
      'card_closed',
    );
    const empty = await backend.seed.card(seeded.store, 100);
    await redeem({ code: empty.code, currency: 'USD', idempotencyKey: newKey() });
    expect((await redeem({ code: empty.code, currency: 'USD', idempotencyKey: newKey() })).body.error?.code).toBe(
      'card_empty',
    );
  });

  it('answers no_open_shift when the session’s shift was closed', async () => {
    const { api: closing, session } = await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier);
    await backend.database.db
      .updateTable('shifts')
      .set({ status: 'closed', closed_at: new Date().toISOString() })
      .where('id', '=', session.shift.id)
      .execute();
    const card = await backend.seed.card(seeded.store, 100);
    const response = await closing.post('/v1/redemptions', {
      code: card.code,
      currency: 'USD',
      idempotencyKey: newKey(),
    });
    expect(response).toMatchObject({ status: 409, body: { error: { code: 'no_open_shift' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(100);
  });

  it('validates the request: each bad shape is a 400 with its code and no stack trace', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    const base = { code: card.code, currency: 'USD', idempotencyKey: newKey() };
    const amountCases: unknown[] = [-5, 0, 12.5, '100', 1e20, Number.MAX_SAFE_INTEGER, null];
    for (const amountMinor of amountCases) {
      const response = await redeem({ ...base, amountMinor });
      expect(response.body.error?.code, String(amountMinor)).toBe('amount_invalid');
      expect(response.status).toBe(400);
    }
    const shapeCases: Array<Record<string, unknown>> = [
      { ...base, tip: 1 },
      { code: card.code, idempotencyKey: newKey() },
      { ...base, currency: 'usd' },
      { ...base, idempotencyKey: 'short' },
      { ...base, code: 42 },
    ];
    for (const body of shapeCases) {
      const response = await redeem(body);
      expect(response.body.error?.code, JSON.stringify(Object.keys(body))).toBe('bad_request');
      expect(response.status).toBe(400);
      expect(response.text).not.toMatch(/\.ts:\d+|\bat\s+\w+\s*\(/);
    }
    const badJson = await api.postRaw('/v1/redemptions', `{"code":"${card.code}",`);
    expect(badJson).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(badJson.text).not.toContain(card.code);
    const huge = await api.postRaw('/v1/redemptions', JSON.stringify({ ...base, padding: 'x'.repeat(20_000) }));
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'body_too_large' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(100);
  });

  it('keeps every card’s balance equal to the replay of its ledger', async () => {
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
