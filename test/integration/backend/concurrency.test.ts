import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Redemption } from '../../../shared/backend-api.js';
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

describeEachDialect('concurrent redemptions', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let tills: ApiClient[];

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    tills = [
      (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api,
      (await signedIn(backend.url, seeded.otherTerminal.key, seeded.manager)).api,
    ];
  });
  afterAll(async () => backend?.close());

  it('32 at once on one card: approved sum within the balance, never below zero, ledger agrees', async () => {
    const card = await backend.seed.card(seeded.store, 10_000);
    const responses = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        tills[i % 2]!.post<{ redemption?: Redemption; error?: { code: string } }>('/v1/redemptions', {
          code: card.code,
          amountMinor: 700,
          currency: 'USD',
          idempotencyKey: `burst-${card.id}-${i}`,
        }),
      ),
    );
    const approved = responses.filter((response) => response.status === 201);
    const declined = responses.filter((response) => response.status !== 201);
    expect(approved).toHaveLength(14);
    expect(declined.every((response) => response.body.error?.code === 'insufficient_funds')).toBe(true);
    const approvedSum = approved.reduce((sum, response) => sum + (response.body.redemption?.amountMinor ?? 0), 0);
    expect(approvedSum).toBeLessThanOrEqual(10_000);
    expect(await cardBalance(backend.database, card.id)).toBe(10_000 - approvedSum);
    // Each approval saw a distinct balance: the debits were serialised, none was lost.
    const afters = new Set(approved.map((response) => response.body.redemption?.balanceAfterMinor));
    expect(afters.size).toBe(14);
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });

  it('20 copies of one key at once: one debit, and every copy gets the same body', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    const request = { code: card.code, amountMinor: 1200, currency: 'USD', idempotencyKey: `same-${card.id}` };
    const responses = await Promise.all(Array.from({ length: 20 }, () => tills[0]!.post('/v1/redemptions', request)));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((response) => response.text)).size).toBe(1);
    expect(await cardBalance(backend.database, card.id)).toBe(3800);
    const debits = await backend.database.db
      .selectFrom('redemptions')
      .select('id')
      .where('card_id', '=', card.id)
      .execute();
    expect(debits).toHaveLength(1);
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });

  it('10 reversals of one key at once give the money back once', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    const key = `rev-${card.id}`;
    const sent = await tills[0]!.post('/v1/redemptions', {
      code: card.code,
      amountMinor: 900,
      currency: 'USD',
      idempotencyKey: key,
    });
    expect(sent.status).toBe(201);
    const reversals = await Promise.all(
      Array.from({ length: 10 }, () => tills[0]!.post('/v1/reversals', { idempotencyKey: key })),
    );
    expect(reversals.map((response) => response.body)).toEqual(Array(10).fill({ status: 'reversed' }));
    expect(await cardBalance(backend.database, card.id)).toBe(5000);
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });

  it('a redemption racing its own reversal leaves the card as it was, whichever wins', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    const key = `race-${card.id}`;
    const [redeemed, reversed] = await Promise.all([
      tills[0]!.post<{ error?: { code: string } }>('/v1/redemptions', {
        code: card.code,
        amountMinor: 700,
        currency: 'USD',
        idempotencyKey: key,
      }),
      tills[0]!.post<{ status: string }>('/v1/reversals', { idempotencyKey: key }),
    ]);
    if (redeemed.status === 201) expect(reversed.body.status).toBe('reversed');
    else expect([redeemed.body.error?.code, reversed.body.status]).toEqual(['key_reversed', 'not_applied']);
    expect(await cardBalance(backend.database, card.id)).toBe(5000);
    const late = await tills[0]!.post<{ error?: { code: string } }>('/v1/redemptions', {
      code: card.code,
      amountMinor: 700,
      currency: 'USD',
      idempotencyKey: key,
    });
    expect(late.body.error?.code).toBe('key_reversed');
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
