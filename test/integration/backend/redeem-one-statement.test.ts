import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redeemResponseSchema } from '../../../shared/backend-api.js';
import type { IssuedCard } from '../../../backend/cards/card.service.js';
import { parseCardCode } from '../../../backend/cards/card-code.js';
import { newId } from '../../../backend/ids.js';
import { chainPads } from '../../../backend/ledger/chain.js';
import { verifyLedger } from '../../../backend/ledger/verify-ledger.js';
import {
  fillResponse,
  redeemInOneStatement,
  redemptionResponseTemplate,
  type PgRedeemInput,
} from '../../../backend/redemptions/redeem-one-statement.js';
import { fingerprintRedeemRequest } from '../../../backend/redemptions/redeem.rules.js';
import {
  cardBalance,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  TEST_PG_URL,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

// The PostgreSQL fast path on its own: it must apply exactly when everything is in order, and
// write nothing otherwise (the slow path then explains why). Runs only with TILLCARD_TEST_PG_URL.
describe.runIf(TEST_PG_URL !== undefined && TEST_PG_URL !== '')('redemption in one PostgreSQL statement', () => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let shiftId: string;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect: 'postgres' });
    seeded = await backend.seed.store();
    shiftId = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).session.shift.id;
  });
  afterAll(async () => backend?.close());

  function pool() {
    if (backend.database.pgPool === undefined) throw new Error('not a PostgreSQL backend');
    return backend.database.pgPool;
  }

  function inputFor(card: IssuedCard, key: string, amountMinor: number | null): PgRedeemInput {
    const parsed = parseCardCode(backend.ctx.config.serverKey, card.code);
    if (!parsed.ok) throw new Error('test card code does not parse');
    const nowIso = new Date().toISOString();
    const redemptionId = newId('rdm');
    const request = {
      code: card.code,
      currency: 'USD',
      idempotencyKey: key,
      ...(amountMinor === null ? {} : { amountMinor }),
    };
    return {
      redemptionId,
      activityId: newId('act'),
      codeHmac: parsed.hmac,
      failedCheck: parsed.failedCheck,
      amountMinor,
      currency: 'USD',
      storeId: seeded.store.id,
      storeRegion: seeded.store.region,
      storeCurrency: seeded.store.currency,
      terminalId: seeded.terminal.id,
      cashierId: seeded.cashier.id,
      shiftId,
      idempotencyKey: key,
      fingerprint: fingerprintRedeemRequest(backend.ctx.config.serverKey, request),
      template: redemptionResponseTemplate({
        id: redemptionId,
        idempotencyKey: key,
        currency: 'USD',
        card: { last4: parsed.last4 },
        storeId: seeded.store.id,
        terminalId: seeded.terminal.id,
        cashierId: seeded.cashier.id,
        shiftId,
        createdAt: nowIso,
      }),
      nowIso,
      chainPads: chainPads(backend.ctx.config.chainKey),
    };
  }

  it('debits, writes the ledger and returns the same text JSON.stringify would', async () => {
    const card = await backend.seed.card(seeded.store, 900);
    const input = inputFor(card, 'one-stmt-0001', 300);
    const json = await redeemInOneStatement(pool(), input);
    expect(json).toBe(fillResponse(input.template, 300, 900, 600));
    const { redemption } = redeemResponseSchema.parse(JSON.parse(json ?? 'null'));
    expect(JSON.stringify({ redemption })).toBe(json);
    expect(await cardBalance(backend.database, card.id)).toBe(600);
    expect(await ledgerMismatches(backend.database)).toEqual([]);
    // The hash SQL computed is the one the verifier computes in Node from the stored row.
    const chained = await backend.database.db
      .selectFrom('activities')
      .select(['seq', 'hash'])
      .where('card_id', '=', card.id)
      .where('kind', '=', 'redeem')
      .executeTakeFirstOrThrow();
    expect(chained.seq).toBe(2);
    expect(chained.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyLedger(backend.database.db, backend.ctx.config.chainKey)).breaks).toEqual([]);
  });

  it('takes the full balance when no amount is given', async () => {
    const card = await backend.seed.card(seeded.store, 450);
    const json = await redeemInOneStatement(pool(), inputFor(card, 'one-stmt-0002', null));
    expect(JSON.parse(json ?? 'null')).toMatchObject({ redemption: { amountMinor: 450, balanceAfterMinor: 0 } });
  });

  it('writes nothing when the key was used, the amount is too high or the card cannot pay here', async () => {
    const card = await backend.seed.card(seeded.store, 500);
    expect(await redeemInOneStatement(pool(), inputFor(card, 'one-stmt-0003', 100))).not.toBeNull();
    expect(await redeemInOneStatement(pool(), inputFor(card, 'one-stmt-0003', 100))).toBeNull();
    expect(await redeemInOneStatement(pool(), inputFor(card, 'one-stmt-0004', 401))).toBeNull();
    const frozen = await backend.seed.card(seeded.store, 500);
    await backend.database.db.updateTable('cards').set({ status: 'frozen' }).where('id', '=', frozen.id).execute();
    expect(await redeemInOneStatement(pool(), inputFor(frozen, 'one-stmt-0005', 100))).toBeNull();
    const foreign = await backend.seed.card(seeded.store, 500, { region: 'FR' });
    expect(await redeemInOneStatement(pool(), inputFor(foreign, 'one-stmt-0006', 100))).toBeNull();
    const expired = await backend.seed.card(seeded.store, 500, { expiresAt: '2024-01-01T00:00:00.000Z' });
    expect(await redeemInOneStatement(pool(), inputFor(expired, 'one-stmt-0007', 100))).toBeNull();
    expect(await cardBalance(backend.database, card.id)).toBe(400);
    expect(await cardBalance(backend.database, frozen.id)).toBe(500);
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
