import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activityReportResponseSchema } from '../../../shared/backend-api.js';
import {
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('activity report for charts and drill-downs', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());

  const redeem = (api: ApiClient, code: string, amountMinor: number) =>
    api.post('/v1/redemptions', { code, currency: 'USD', idempotencyKey: randomUUID(), amountMinor });
  const range = (fromIso: string) =>
    `from=${encodeURIComponent(fromIso)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;

  it('lists the store’s redemptions and voids in the range with masked cards, and only to managers', async () => {
    const startedAt = new Date(Date.now() - 1000).toISOString();
    const card = await backend.seed.card(seeded.store, 5000);
    const { api, session } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    const first = await redeem(api, card.code, 1200);
    expect(first.status).toBe(201);
    expect((await redeem(api, card.code, 300)).status).toBe(201);
    const redemptionId = (first.body as { redemption: { id: string } }).redemption.id;
    const approval = { managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason: 'mistake' };
    expect((await api.post(`/v1/redemptions/${redemptionId}/void`, approval)).status).toBe(200);

    expect(await api.get(`/v1/reports/activities?${range(startedAt)}`)).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });

    // Another store's redemption stays out of this store's report.
    const other = await backend.seed.store({ name: 'Other Street' });
    const otherCard = await backend.seed.card(other.store, 5000);
    const otherCashier = await signedIn(backend.url, other.terminal.key, other.cashier);
    expect((await redeem(otherCashier.api, otherCard.code, 700)).status).toBe(201);

    const { api: manager } = await signedIn(backend.url, seeded.terminal.key, seeded.manager);
    const response = await manager.get(`/v1/reports/activities?${range(startedAt)}`);
    expect(response.status).toBe(200);
    const { activities } = activityReportResponseSchema.parse(response.body);
    const mine = activities.filter((activity) => activity.shiftId === session.shift.id);
    expect(mine.map((activity) => [activity.kind, activity.amountMinor])).toEqual([
      ['redeem', 1200],
      ['redeem', 300],
      ['void', 1200],
    ]);
    expect(activities.every((activity) => activity.card.last4 === card.code.slice(-4))).toBe(true);
    expect(JSON.stringify(response.body)).not.toContain(card.code);
    expect(activities.some((activity) => activity.amountMinor === 700)).toBe(false);
  });

  it('answers bad_request for a range that is not a date-time', async () => {
    const { api: manager } = await signedIn(backend.url, seeded.terminal.key, seeded.manager);
    const response = await manager.get('/v1/reports/activities?from=yesterday&to=today');
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });
});
