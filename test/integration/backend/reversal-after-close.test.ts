import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeShiftResponseSchema, currentShiftResponseSchema, type Redemption } from '../../../shared/backend-api.js';
import {
  apiClient,
  cardBalance,
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('a reversal arriving after its shift’s Z report', (dialect) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
  });
  afterAll(async () => backend?.close());

  it('leaves the closed shift as reported and counts in the terminal’s next shift', async () => {
    const seeded = await backend.seed.store({ name: 'Late reversal' });
    const card = await backend.seed.card(seeded.store, 2000);
    const cashier = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    const outbox = apiClient(backend.url, { key: seeded.terminal.key });
    const key = randomUUID();
    const sale = await cashier.post<{ redemption: Redemption }>('/v1/redemptions', {
      code: card.code,
      amountMinor: 800,
      currency: 'USD',
      idempotencyKey: key,
    });
    expect(sale.status, sale.text).toBe(201);
    const z = closeShiftResponseSchema.parse((await cashier.post('/v1/shifts/current/close')).body);
    expect(z.report).toMatchObject({ redemptionCount: 1, netMinor: 800, reversalCount: 0 });

    // No shift open on the terminal: refused, and nothing changes.
    expect(await outbox.post('/v1/reversals', { idempotencyKey: key })).toMatchObject({
      status: 409,
      body: { error: { code: 'no_open_shift' } },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(1200);
    expect((await outbox.get(`/v1/redemptions/by-key/${key}`)).body).toMatchObject({ status: 'applied' });

    // Someone signs in on the terminal: the reversal now lands in that open shift.
    const next = (await signedIn(backend.url, seeded.terminal.key, seeded.manager)).api;
    expect(await outbox.post('/v1/reversals', { idempotencyKey: key })).toMatchObject({
      status: 200,
      body: { status: 'reversed' },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(2000);
    const nextTotals = currentShiftResponseSchema.parse((await next.get('/v1/shifts/current')).body).totals;
    expect(nextTotals).toMatchObject({ redemptionCount: 0, reversalCount: 1, reversedMinor: 800, netMinor: -800 });
    const closedTotals = currentShiftResponseSchema.parse((await cashier.get('/v1/shifts/current')).body).totals;
    expect(closedTotals).toMatchObject({ redemptionCount: 1, reversalCount: 0, netMinor: z.report.netMinor });
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });

  it('counts a reversal in the sale’s own shift while that shift is open', async () => {
    const seeded = await backend.seed.store({ name: 'Prompt reversal' });
    const card = await backend.seed.card(seeded.store, 1500);
    const cashier = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    const key = randomUUID();
    await cashier.post('/v1/redemptions', { code: card.code, amountMinor: 500, currency: 'USD', idempotencyKey: key });
    const reversed = await apiClient(backend.url, { key: seeded.terminal.key }).post('/v1/reversals', {
      idempotencyKey: key,
    });
    expect(reversed.body).toEqual({ status: 'reversed' });
    const totals = currentShiftResponseSchema.parse((await cashier.get('/v1/shifts/current')).body).totals;
    expect(totals).toMatchObject({ redemptionCount: 1, reversalCount: 1, reversedMinor: 500, netMinor: 0 });
  });
});
