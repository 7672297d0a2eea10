import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardStateResponseSchema, transferResponseSchema } from '../../../shared/backend-api.js';
import {
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('manager card actions', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let counter: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    counter = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
  });
  afterAll(async () => {
    if (backend !== undefined) expect(await ledgerMismatches(backend.database)).toEqual([]);
    await backend?.close();
  });

  const approval = (reason: string) => ({ managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason });
  const redeemAll = (code: string) =>
    counter.post('/v1/redemptions', { code, currency: 'USD', idempotencyKey: randomUUID() });

  it('freezes a card so it cannot be redeemed, and unfreezes it with its balance intact', async () => {
    const card = await backend.seed.card(seeded.store, 2500);
    const frozen = await counter.post('/v1/cards/freeze', { code: card.code, ...approval('reported stolen') });
    expect(frozen.status, frozen.text).toBe(200);
    expect(cardStateResponseSchema.parse(frozen.body).card).toMatchObject({
      status: 'frozen',
      frozenReason: 'reported stolen',
      balanceMinor: 2500,
      last4: card.last4,
    });
    expect(frozen.text).not.toContain(card.code);

    const declined = await redeemAll(card.code);
    expect(declined).toMatchObject({ status: 409, body: { error: { code: 'card_frozen' } } });
    const twice = await counter.post('/v1/cards/freeze', { code: card.code, ...approval('again') });
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'card_frozen' } } });

    const unfrozen = await counter.post('/v1/cards/unfreeze', { code: card.code, ...approval('found by owner') });
    expect(unfrozen.status).toBe(200);
    expect(unfrozen.body).toMatchObject({ card: { status: 'active', frozenReason: null, balanceMinor: 2500 } });
    const redeemed = await redeemAll(card.code);
    expect(redeemed).toMatchObject({ status: 201, body: { redemption: { amountMinor: 2500, balanceAfterMinor: 0 } } });
  });

  it('records freeze and unfreeze in the ledger with the manager and the reason', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await counter.post('/v1/cards/freeze', { code: card.code, ...approval('suspicious') });
    await counter.post('/v1/cards/unfreeze', { code: card.code, ...approval('cleared') });
    const rows = await backend.database.db
      .selectFrom('activities')
      .select(['kind', 'amount_minor', 'manager_id', 'reason'])
      .where('card_id', '=', card.id)
      .orderBy('created_at')
      .execute();
    expect(rows.map((row) => [row.kind, Number(row.amount_minor), row.manager_id, row.reason])).toEqual([
      ['activate', 100, null, null],
      ['freeze', 0, seeded.manager.id, 'suspicious'],
      ['unfreeze', 0, seeded.manager.id, 'cleared'],
    ]);
  });

  it('refuses to unfreeze a card that is not frozen', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    const response = await counter.post('/v1/cards/unfreeze', { code: card.code, ...approval('nothing to do') });
    expect(response).toMatchObject({ status: 409, body: { error: { code: 'card_not_active' } } });
  });

  it('freezes a card not yet activated and unfreezes it back to not activated', async () => {
    const card = await backend.seed.card(seeded.store, 2000, { status: 'inactive' });
    const frozen = await counter.post('/v1/cards/freeze', { code: card.code, ...approval('stolen from the shelf') });
    expect(frozen).toMatchObject({ status: 200, body: { card: { status: 'frozen', balanceMinor: 0 } } });
    const unfrozen = await counter.post('/v1/cards/unfreeze', { code: card.code, ...approval('found') });
    expect(unfrozen).toMatchObject({ status: 200, body: { card: { status: 'inactive', balanceMinor: 0 } } });
    expect(await redeemAll(card.code)).toMatchObject({ status: 409, body: { error: { code: 'card_not_active' } } });
  });

  it('needs the manager PIN', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    const response = await counter.post('/v1/cards/freeze', { code: card.code, ...approval('x'), managerPin: '1111' });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'manager_pin_wrong' } } });
    expect((await redeemAll(card.code)).status).toBe(201);
  });

  it('moves a frozen card’s whole balance to an active card and closes the source', async () => {
    const lost = await backend.seed.card(seeded.store, 4000);
    await counter.post('/v1/redemptions', {
      code: lost.code,
      amountMinor: 1500,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    const replacement = await backend.seed.card(seeded.store, 1000);
    await counter.post('/v1/cards/freeze', { code: lost.code, ...approval('lost') });

    const response = await counter.post('/v1/cards/transfer', {
      code: lost.code,
      toCode: replacement.code,
      ...approval('replacement card'),
    });
    expect(response.status, response.text).toBe(200);
    const { transfer } = transferResponseSchema.parse(response.body);
    expect(transfer).toMatchObject({ amountMinor: 2500, currency: 'USD' });
    expect(transfer.from).toMatchObject({ status: 'closed', balanceMinor: 0, last4: lost.last4 });
    expect(transfer.to).toMatchObject({ status: 'active', balanceMinor: 3500, last4: replacement.last4 });

    expect(await redeemAll(lost.code)).toMatchObject({ status: 409, body: { error: { code: 'card_closed' } } });
    expect(await redeemAll(replacement.code)).toMatchObject({
      status: 201,
      body: { redemption: { amountMinor: 3500 } },
    });
    const kinds = await backend.database.db
      .selectFrom('activities')
      .select(['card_id', 'kind', 'amount_minor'])
      .where('card_id', 'in', [lost.id, replacement.id])
      .where('kind', 'in', ['transfer_out', 'transfer_in'])
      .execute();
    expect(kinds.map((row) => [row.card_id, row.kind, Number(row.amount_minor)]).sort()).toEqual(
      [
        [lost.id, 'transfer_out', -2500],
        [replacement.id, 'transfer_in', 2500],
      ].sort(),
    );
  });

  it('refuses transfers from an active card, to a frozen card, to itself, or across currencies', async () => {
    const active = await backend.seed.card(seeded.store, 500);
    const frozen = await backend.seed.card(seeded.store, 500);
    const otherFrozen = await backend.seed.card(seeded.store, 500);
    await counter.post('/v1/cards/freeze', { code: frozen.code, ...approval('lost') });
    await counter.post('/v1/cards/freeze', { code: otherFrozen.code, ...approval('lost') });
    const transfer = (code: string, toCode: string) =>
      counter.post('/v1/cards/transfer', { code, toCode, ...approval('move') });

    for (const [from, to] of [
      [active.code, frozen.code],
      [frozen.code, otherFrozen.code],
      [frozen.code, frozen.code],
    ] as const) {
      expect(await transfer(from, to)).toMatchObject({ status: 409, body: { error: { code: 'transfer_invalid' } } });
    }
    const euroCard = await backend.seed.card(seeded.store, 500, { currency: 'EUR' });
    expect(await transfer(frozen.code, euroCard.code)).toMatchObject({ status: 409 });
    expect(await redeemAll(active.code)).toMatchObject({ status: 201, body: { redemption: { amountMinor: 500 } } });
  });

  it('acts only on cards of the store’s region and currency', async () => {
    const canadian = await backend.seed.card(seeded.store, 500, { region: 'CA', currency: 'CAD' });
    const response = await counter.post('/v1/cards/freeze', { code: canadian.code, ...approval('not ours') });
    expect(response).toMatchObject({ status: 409, body: { error: { code: 'region_mismatch' } } });
  });

  it('answers card_not_found for an unknown code', async () => {
    const response = await counter.post('/v1/cards/freeze', { code: '77777777777777D', ...approval('x') });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'card_not_found' } } });
  });
});
