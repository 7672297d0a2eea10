import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeShiftResponseSchema, currentShiftResponseSchema } from '../../../shared/backend-api.js';
import {
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('Z report racing with redemptions', (dialect) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
  });
  afterAll(async () => backend?.close());

  it('holds every redemption that was applied, and none lands in the shift after it', async () => {
    // A few rounds, because which redemptions beat the close differs from round to round.
    for (let round = 0; round < 4; round++) {
      const store = await backend.seed.store({ name: `Race ${round}` });
      const cards = await backend.seed.cards(store.store, 12, 1000);
      const { api } = await signedIn(backend.url, store.terminal.key, store.cashier);
      const redeem = (code: string | undefined) =>
        api.post('/v1/redemptions', { code, amountMinor: 100, currency: 'USD', idempotencyKey: randomUUID() });
      expect((await redeem(cards[0]?.code)).status).toBe(201);

      const pending = cards.slice(1).map((card) => redeem(card.code));
      const closed = await api.post('/v1/shifts/current/close');
      const answers = await Promise.all(pending);
      expect(closed.status, closed.text).toBe(200);
      const z = closeShiftResponseSchema.parse(closed.body);
      const applied = answers.filter((answer) => answer.status === 201).length;
      for (const refused of answers.filter((answer) => answer.status !== 201)) {
        expect(refused).toMatchObject({ status: 409, body: { error: { code: 'no_open_shift' } } });
      }
      expect(z.report).toMatchObject({ redemptionCount: 1 + applied, redeemedMinor: 100 * (1 + applied) });
      const x = currentShiftResponseSchema.parse((await api.get('/v1/shifts/current')).body);
      expect(x.totals.redemptionCount).toBe(z.report.redemptionCount);
      expect(x.totals.lastActivityAt).toBe(z.report.lastActivityAt);
    }
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
