import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redeemResponseSchema, voidResponseSchema, type Redemption } from '../../../shared/backend-api.js';
import {
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('manager void', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let counter: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    counter = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
  });
  afterAll(async () => backend?.close());

  async function redeem(api: ApiClient, code: string, amountMinor: number, currency = 'USD'): Promise<Redemption> {
    const response = await api.post('/v1/redemptions', { code, amountMinor, currency, idempotencyKey: randomUUID() });
    expect(response.status, response.text).toBe(201);
    return redeemResponseSchema.parse(response.body).redemption;
  }
  const approval = () => ({
    managerId: seeded.manager.id,
    managerPin: seeded.manager.pin,
    reason: 'customer changed their mind',
  });
  const balanceOf = async (code: string) =>
    ((await counter.post('/v1/cards/lookup', { code })).body as { card: { balanceMinor: number } }).card.balanceMinor;

  it('gives back exactly the voided amount, once', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    const redemption = await redeem(counter, card.code, 1250);
    await redeem(counter, card.code, 300);
    expect(await balanceOf(card.code)).toBe(3450);

    const voided = await counter.post(`/v1/redemptions/${redemption.id}/void`, approval());
    expect(voided.status, voided.text).toBe(200);
    const body = voidResponseSchema.parse(voided.body);
    expect(body.void).toMatchObject({
      redemptionId: redemption.id,
      amountMinor: 1250,
      managerId: seeded.manager.id,
      currency: 'USD',
    });
    expect(body.void.card.last4).toBe(card.code.slice(-4));
    expect(body.balanceAfterMinor).toBe(4700);
    expect(await balanceOf(card.code)).toBe(4700);

    const again = await counter.post(`/v1/redemptions/${redemption.id}/void`, approval());
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'already_voided' } } });
    expect(await balanceOf(card.code)).toBe(4700);
  });

  it('voids once when the same void arrives several times at once', async () => {
    const card = await backend.seed.card(seeded.store, 3000);
    const redemption = await redeem(counter, card.code, 1000);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => counter.post(`/v1/redemptions/${redemption.id}/void`, approval())),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.body).toMatchObject({ error: { code: 'already_voided' } });
    }
    expect(await balanceOf(card.code)).toBe(3000);
  });

  it('keeps the card balance equal to the replay of its ledger', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const first = await redeem(counter, card.code, 2000);
    await counter.post(`/v1/redemptions/${first.id}/void`, approval());
    await redeem(counter, card.code, 700);
    const rows = await backend.database.db
      .selectFrom('activities')
      .innerJoin('cards', 'cards.id', 'activities.card_id')
      .select(['activities.kind', 'activities.amount_minor', 'activities.balance_after_minor', 'cards.balance_minor'])
      .where('cards.last4', '=', card.last4)
      .orderBy('activities.created_at')
      .execute();
    expect(rows.map((row) => row.kind)).toEqual(['activate', 'redeem', 'void', 'redeem']);
    expect(rows.reduce((sum, row) => sum + Number(row.amount_minor), 0)).toBe(1300);
    expect(Number(rows[0]?.balance_minor)).toBe(1300);
  });

  it('refuses a wrong manager PIN and a cashier as approver, and changes nothing', async () => {
    const card = await backend.seed.card(seeded.store, 1000);
    const redemption = await redeem(counter, card.code, 400);
    const wrongPin = await counter.post(`/v1/redemptions/${redemption.id}/void`, { ...approval(), managerPin: '0000' });
    expect(wrongPin).toMatchObject({ status: 403, body: { error: { code: 'manager_pin_wrong' } } });
    expect(wrongPin.text).not.toContain('0000');
    const cashierApproval = await counter.post(`/v1/redemptions/${redemption.id}/void`, {
      managerId: seeded.cashier.id,
      managerPin: seeded.cashier.pin,
      reason: 'trying',
    });
    expect(cashierApproval).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await balanceOf(card.code)).toBe(600);
  });

  it('needs a reason', async () => {
    const card = await backend.seed.card(seeded.store, 1000);
    const redemption = await redeem(counter, card.code, 400);
    const noReason = await counter.post(`/v1/redemptions/${redemption.id}/void`, { ...approval(), reason: '  ' });
    expect(noReason).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });

  it("never voids another store's redemption, and does not reveal it exists", async () => {
    const other = await backend.seed.store({ name: 'Elsewhere' });
    const otherCounter = (await signedIn(backend.url, other.terminal.key, other.cashier)).api;
    const card = await backend.seed.card(other.store, 1000);
    const theirs = await redeem(otherCounter, card.code, 500);

    const byOurManager = await counter.post(`/v1/redemptions/${theirs.id}/void`, approval());
    expect(byOurManager).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const withTheirManager = await counter.post(`/v1/redemptions/${theirs.id}/void`, {
      managerId: other.manager.id,
      managerPin: other.manager.pin,
      reason: 'x',
    });
    expect(withTheirManager.status).toBe(403);
    const stillTheirs = await otherCounter.post('/v1/cards/lookup', { code: card.code });
    expect(stillTheirs.body).toMatchObject({ card: { balanceMinor: 500 } });
  });

  it('refuses a reversed redemption and one of a closed shift', async () => {
    const card = await backend.seed.card(seeded.store, 3000);
    const key = randomUUID();
    const reversedOne = await counter.post('/v1/redemptions', {
      code: card.code,
      amountMinor: 100,
      currency: 'USD',
      idempotencyKey: key,
    });
    const reversedId = redeemResponseSchema.parse(reversedOne.body).redemption.id;
    expect((await counter.post('/v1/reversals', { idempotencyKey: key })).body).toEqual({ status: 'reversed' });
    const reversedVoid = await counter.post(`/v1/redemptions/${reversedId}/void`, approval());
    expect(reversedVoid).toMatchObject({ status: 409, body: { error: { code: 'void_not_allowed' } } });

    const later = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier)).api;
    const inClosedShift = await redeem(later, card.code, 200);
    expect((await later.post('/v1/shifts/current/close')).status).toBe(200);
    const closedVoid = await counter.post(`/v1/redemptions/${inClosedShift.id}/void`, approval());
    expect(closedVoid).toMatchObject({ status: 409, body: { error: { code: 'void_not_allowed' } } });
    expect(await balanceOf(card.code)).toBe(2800);
  });

  it('answers not_found for an unknown redemption id', async () => {
    const response = await counter.post('/v1/redemptions/rdm_nope/void', approval());
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});
