import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { liabilityResponseSchema, saleResponseSchema } from '../../../shared/sales-api.js';
import { updateSaleSettings } from '../../../backend/sales/sale-settings.js';
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

describeEachDialect('selling, loading and refunding to cards', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let counter: ApiClient;
  let manager: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    counter = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    manager = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.manager)).api;
  });
  // The ledger invariant after every test: each card's balance is the sum of its activities, never below 0.
  afterEach(async () => {
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
  afterAll(async () => {
    await backend?.close();
  });

  const stockCard = (faceMinor = 0) => backend.seed.card(seeded.store, faceMinor, { status: 'inactive' });
  const approval = (reason: string) => ({ managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason });
  const activate = (code: string, amountMinor: number, extra: object = {}) =>
    counter.post('/v1/activations', { code, amountMinor, currency: 'USD', idempotencyKey: randomUUID(), ...extra });
  const activityKinds = async (cardId: string) =>
    (
      await backend.database.db
        .selectFrom('activities')
        .select(['kind', 'amount_minor', 'cashier_id', 'shift_id', 'manager_id', 'reason'])
        .where('card_id', '=', cardId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    ).map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));

  it('sells and activates a card of the stock once, with the cashier and shift in the ledger', async () => {
    const card = await stockCard();
    const response = await activate(card.code, 2500);
    expect(response.status, response.text).toBe(201);
    const { sale } = saleResponseSchema.parse(response.body);
    expect(sale).toMatchObject({
      kind: 'activate',
      amountMinor: 2500,
      balanceAfterMinor: 2500,
      card: { last4: card.last4 },
    });
    expect(response.text).not.toContain(card.code);
    expect(await cardBalance(backend.database, card.id)).toBe(2500);
    expect(await activityKinds(card.id)).toEqual([
      {
        kind: 'activate',
        amount_minor: 2500,
        cashier_id: seeded.cashier.id,
        shift_id: sale.shiftId,
        manager_id: null,
        reason: null,
      },
    ]);

    const redeemed = await counter.post('/v1/redemptions', {
      code: card.code,
      amountMinor: 1000,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    expect(redeemed.status, redeemed.text).toBe(201);
    const again = await activate(card.code, 2500);
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'card_already_active' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(1500);
  });

  it('answers a repeated activation with the same answer and refuses another request under its key', async () => {
    const card = await stockCard();
    const body = { code: card.code, amountMinor: 4000, currency: 'USD', idempotencyKey: randomUUID() };
    const first = await counter.post('/v1/activations', body);
    const retry = await counter.post('/v1/activations', body);
    expect(first.status, first.text).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    const other = await counter.post('/v1/activations', { ...body, amountMinor: 5000 });
    expect(other).toMatchObject({ status: 409, body: { error: { code: 'idempotency_conflict' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(4000);
    expect(await activityKinds(card.id)).toHaveLength(1);
  });

  it('applies concurrent copies of one activation once', async () => {
    const card = await stockCard();
    const body = { code: card.code, amountMinor: 1200, currency: 'USD', idempotencyKey: randomUUID() };
    const answers = await Promise.all([1, 2, 3].map(() => counter.post('/v1/activations', body)));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(await cardBalance(backend.database, card.id)).toBe(1200);
  });

  it("keeps activations within the store's minimum and maximum", async () => {
    const card = await stockCard();
    expect(await activate(card.code, 499)).toMatchObject({
      status: 400,
      body: { error: { code: 'amount_out_of_range' } },
    });
    expect(await activate(card.code, 50001)).toMatchObject({
      status: 400,
      body: { error: { code: 'amount_out_of_range' } },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(0);
    expect((await activate(card.code, 50000)).status).toBe(201);
  });

  it('refuses cards that are not in the store stock', async () => {
    const euro = await backend.seed.card(seeded.store, 0, { status: 'inactive', currency: 'EUR', region: 'DE' });
    expect(await activate(euro.code, 1000)).toMatchObject({
      status: 409,
      body: { error: { code: 'card_not_in_stock' } },
    });
    const unknown = await activate('ABCDEFGHJKMNPQR', 1000);
    expect([400, 404]).toContain(unknown.status);
    expect(await cardBalance(backend.database, euro.id)).toBe(0);
  });

  it("lets a manager activate a card that was sold but never activated, recorded with the manager's id", async () => {
    const card = await stockCard(3000);
    const response = await activate(card.code, 3000, { approval: approval('receipt 4411 shows the sale') });
    expect(response.status, response.text).toBe(201);
    expect(response.body).toMatchObject({
      sale: { managerId: seeded.manager.id, reason: 'receipt 4411 shows the sale' },
    });
    expect((await activityKinds(card.id))[0]).toMatchObject({ kind: 'activate', manager_id: seeded.manager.id });

    const other = await stockCard();
    const wrongPin = await activate(other.code, 3000, { approval: { ...approval('x'), managerPin: '0000' } });
    expect(wrongPin.status).toBeGreaterThanOrEqual(400);
    expect(await cardBalance(backend.database, other.id)).toBe(0);
  });

  it('refuses reloads while the store does not allow them, then loads within the most a card may hold', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const load = (amountMinor: number, idempotencyKey = randomUUID()) =>
      counter.post('/v1/loads', { code: card.code, amountMinor, currency: 'USD', idempotencyKey });
    expect(await load(1000)).toMatchObject({ status: 409, body: { error: { code: 'reload_not_allowed' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(2000);

    await updateSaleSettings(backend.ctx, seeded.store.id, {
      reloadAllowed: true,
      activationMaxMinor: 10000,
      maxBalanceMinor: 10000,
    });
    try {
      const key = randomUUID();
      const loaded = await load(1000, key);
      expect(loaded.status, loaded.text).toBe(201);
      expect(loaded.body).toMatchObject({ sale: { kind: 'load', amountMinor: 1000, balanceAfterMinor: 3000 } });
      expect((await load(1000, key)).text).toBe(loaded.text);
      expect(await load(7001)).toMatchObject({ status: 400, body: { error: { code: 'amount_out_of_range' } } });
      expect(await cardBalance(backend.database, card.id)).toBe(3000);
      expect((await activityKinds(card.id)).map((row) => row.kind)).toEqual(['activate', 'load']);

      const unsold = await stockCard();
      const notActive = await counter.post('/v1/loads', {
        code: unsold.code,
        amountMinor: 1000,
        currency: 'USD',
        idempotencyKey: randomUUID(),
      });
      expect(notActive).toMatchObject({ status: 409, body: { error: { code: 'card_not_active' } } });
    } finally {
      await updateSaleSettings(backend.ctx, seeded.store.id, {
        reloadAllowed: false,
        activationMaxMinor: 50000,
        maxBalanceMinor: 50000,
      });
    }
  });

  it("refunds a return to a new card or an active one behind the manager's PIN", async () => {
    const refund = (code: string, amountMinor: number, pin = seeded.manager.pin) =>
      counter.post('/v1/refunds', {
        code,
        amountMinor,
        currency: 'USD',
        idempotencyKey: randomUUID(),
        ...approval('returned a jacket'),
        managerPin: pin,
      });
    const fresh = await stockCard();
    const toNew = await refund(fresh.code, 4599);
    expect(toNew.status, toNew.text).toBe(201);
    expect(toNew.body).toMatchObject({
      sale: { kind: 'refund', balanceAfterMinor: 4599, managerId: seeded.manager.id },
    });
    expect(await activityKinds(fresh.id)).toMatchObject([
      { kind: 'refund', amount_minor: 4599, reason: 'returned a jacket' },
    ]);

    const active = await backend.seed.card(seeded.store, 1000);
    expect((await refund(active.code, 500)).body).toMatchObject({ sale: { balanceAfterMinor: 1500 } });
    expect(await refund(active.code, 49001)).toMatchObject({
      status: 400,
      body: { error: { code: 'amount_out_of_range' } },
    });

    const refused = await refund(active.code, 500, '0000');
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await cardBalance(backend.database, active.id)).toBe(1500);
  });

  it('shows activated, loaded and refunded amounts in the X report and the liability', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const before = await manager.get(
      `/v1/reports/liability?from=${from}&to=${new Date(Date.now() + 60_000).toISOString()}`,
    );
    const card = await stockCard();
    expect((await activate(card.code, 1500)).status).toBe(201);
    const x = await counter.get('/v1/shifts/current');
    expect(x.status, x.text).toBe(200);
    expect(x.body).toMatchObject({ totals: { activatedMinor: expect.any(Number), refundedMinor: expect.any(Number) } });
    const totals = (x.body as { totals: { activatedMinor: number; activationCount: number } }).totals;
    expect(totals.activatedMinor).toBeGreaterThanOrEqual(1500);

    const after = await manager.get(
      `/v1/reports/liability?from=${from}&to=${new Date(Date.now() + 60_000).toISOString()}`,
    );
    expect(after.status, after.text).toBe(200);
    const usdBefore = liabilityResponseSchema.parse(before.body).liabilities.find((line) => line.currency === 'USD');
    const usdAfter = liabilityResponseSchema.parse(after.body).liabilities.find((line) => line.currency === 'USD');
    expect((usdAfter?.outstandingMinor ?? 0) - (usdBefore?.outstandingMinor ?? 0)).toBe(1500);
    expect((usdAfter?.changeMinor ?? 0) - (usdBefore?.changeMinor ?? 0)).toBe(1500);
    expect(await counter.get('/v1/reports/liability?from=2020-01-01&to=2030-01-01')).toMatchObject({ status: 403 });
  });
});
