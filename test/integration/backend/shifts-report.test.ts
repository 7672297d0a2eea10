import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../backend/config.js';
import {
  closeShiftResponseSchema,
  currentShiftResponseSchema,
  shiftReportResponseSchema,
  type CloseShiftResponse,
  type Totals,
} from '../../../shared/backend-api.js';

function omitActivities(report: CloseShiftResponse['report']): Totals {
  const { activities: _activities, ...totals } = report;
  return totals;
}
import {
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('shift close and reports', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let startedAt: string;

  beforeAll(async () => {
    startedAt = new Date(Date.now() - 1000).toISOString();
    backend = await startTestBackend({
      dialect,
      config: {
        throttle: { ...DEFAULT_CONFIG.throttle, entry: { ...DEFAULT_CONFIG.throttle.entry, freeFailures: 2 } },
      },
    });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());

  const redeem = (api: ApiClient, code: string, amountMinor?: number) =>
    api.post('/v1/redemptions', {
      code,
      currency: 'USD',
      idempotencyKey: randomUUID(),
      ...(amountMinor ? { amountMinor } : {}),
    });
  const approval = () => ({ managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason: 'test' });
  const range = () =>
    `from=${encodeURIComponent(startedAt)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;

  it('a closed shift takes no new activity, and signing in again opens a new one', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    const { api, session } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    const first = await redeem(api, card.code, 1000);
    expect(first.status).toBe(201);
    expect((await api.post('/v1/shifts/current/close')).status).toBe(200);

    const redeemAfter = await redeem(api, card.code, 100);
    expect(redeemAfter.status).toBe(409);
    expect(['no_open_shift', 'shift_closed']).toContain((redeemAfter.body as { error: { code: string } }).error.code);
    const redemptionId = (first.body as { redemption: { id: string } }).redemption.id;
    const voidAfter = await api.post(`/v1/redemptions/${redemptionId}/void`, approval());
    expect(voidAfter).toMatchObject({ status: 409, body: { error: { code: 'shift_closed' } } });
    const freezeAfter = await api.post('/v1/cards/freeze', { code: card.code, ...approval() });
    expect(freezeAfter).toMatchObject({ status: 409, body: { error: { code: 'shift_closed' } } });
    expect(await api.post('/v1/shifts/current/close')).toMatchObject({
      status: 409,
      body: { error: { code: 'shift_closed' } },
    });

    const x = currentShiftResponseSchema.parse((await api.get('/v1/shifts/current')).body);
    expect(x.shift).toMatchObject({ id: session.shift.id, status: 'closed' });
    expect(x.totals).toMatchObject({ redemptionCount: 1, redeemedMinor: 1000, netMinor: 1000 });

    const again = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    expect(again.session.shift.id).not.toBe(session.shift.id);
    expect(again.session.shift.status).toBe('open');
    expect(await redeem(again.api, card.code, 100)).toMatchObject({ status: 201 });
    expect((await again.api.post('/v1/shifts/current/close')).status).toBe(200);
  });

  it('a Z report racing with voids holds exactly what the shift did', async () => {
    // A store of its own, so the report test below sees none of this.
    const race = await backend.seed.store({ name: 'Race Street' });
    const card = await backend.seed.card(race.store, 10_000);
    const { api } = await signedIn(backend.url, race.terminal.key, race.manager);
    const raceApproval = { managerId: race.manager.id, managerPin: race.manager.pin, reason: 'race' };
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await redeem(api, card.code, 100);
      ids.push((response.body as { redemption: { id: string } }).redemption.id);
    }
    // The voids check the manager PIN first (slow on purpose), so the close is sent once the first
    // void has answered: the others are then on their way and race the close.
    const pending = ids.map((id) => api.post(`/v1/redemptions/${id}/void`, raceApproval));
    await Promise.race(pending);
    const closed = await api.post('/v1/shifts/current/close');
    const voids = await Promise.all(pending);
    expect(closed.status, closed.text).toBe(200);
    const z = closeShiftResponseSchema.parse(closed.body);
    const voided = voids.filter((response) => response.status === 200).length;
    for (const response of voids.filter((r) => r.status !== 200)) {
      expect(response.body).toMatchObject({
        error: { code: expect.stringMatching(/^(shift_closed|void_not_allowed)$/) },
      });
    }
    expect(z.report).toMatchObject({ redemptionCount: 6, voidCount: voided, netMinor: 600 - voided * 100 });
    const x = currentShiftResponseSchema.parse((await api.get('/v1/shifts/current')).body);
    expect(x.totals).toEqual(omitActivities(z.report));
    const balance = await backend.database.db
      .selectFrom('cards')
      .select('balance_minor')
      .where('id', '=', card.id)
      .executeTakeFirstOrThrow();
    expect(Number(balance.balance_minor)).toBe(10_000 - 600 + voided * 100);
  });

  it('counts code-entry lockouts of the shift', async () => {
    const { api } = await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier);
    for (let attempt = 0; attempt < 3; attempt++) await api.post('/v1/cards/lookup', { code: '77777777777777D' });
    const x = currentShiftResponseSchema.parse((await api.get('/v1/shifts/current')).body);
    expect(x.totals.lockoutCount).toBe(1);
    expect(x.totals.firstActivityAt).not.toBeNull();
    await api.post('/v1/lockouts/unlock', { managerId: seeded.manager.id, managerPin: seeded.manager.pin });
    expect((await api.post('/v1/shifts/current/close')).status).toBe(200);
  });

  it('refuses the report to a cashier', async () => {
    const { api } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    const response = await api.get(`/v1/reports/shifts?${range()}`);
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await api.post('/v1/shifts/current/close')).status).toBe(200);
  });

  it('reports the store’s shifts with totals per shift, cashier and terminal, and nothing of other stores', async () => {
    const other = await backend.seed.store({ name: 'Other Store' });
    const otherCard = await backend.seed.card(other.store, 900);
    const otherCounter = (await signedIn(backend.url, other.terminal.key, other.cashier)).api;
    expect((await redeem(otherCounter, otherCard.code)).status).toBe(201);

    const card = await backend.seed.card(seeded.store, 4000);
    const till1 = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    const till2 = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier)).api;
    expect((await redeem(till1, card.code, 500)).status).toBe(201);
    expect((await redeem(till2, card.code, 700)).status).toBe(201);

    const { api: manager } = await signedIn(backend.url, seeded.terminal.key, seeded.manager);
    const response = await manager.get(`/v1/reports/shifts?${range()}`);
    expect(response.status, response.text).toBe(200);
    const report = shiftReportResponseSchema.parse(response.body);
    expect(report.store.id).toBe(seeded.store.id);
    expect(report.shifts.every((entry) => entry.shift.storeId === seeded.store.id)).toBe(true);
    expect(report.byCashier.map((entry) => entry.cashierId)).not.toContain(other.cashier.id);

    // Earlier tests: 1000 + 100 on till 1; this one: 500 on till 1 and 700 on till 2.
    const byTerminal = Object.fromEntries(report.byTerminal.map((entry) => [entry.terminalId, entry.totals]));
    expect(byTerminal[seeded.terminal.id]).toMatchObject({ redemptionCount: 3, redeemedMinor: 1600 });
    expect(byTerminal[seeded.otherTerminal.id]).toMatchObject({
      redemptionCount: 1,
      redeemedMinor: 700,
      lockoutCount: 1,
    });
    const cashier = report.byCashier.find((entry) => entry.cashierId === seeded.cashier.id);
    expect(cashier?.totals).toMatchObject({ redemptionCount: 4, redeemedMinor: 2300, netMinor: 2300 });
    expect(cashier?.cashierName).toBe('Casey Cashier');
    const perShiftSum = report.shifts.reduce((sum, entry) => sum + entry.totals.redeemedMinor, 0);
    expect(perShiftSum).toBe(2300);
    expect(response.text).not.toContain(card.code);
  });

  it('refuses a report range it cannot read', async () => {
    const { api: manager } = await signedIn(backend.url, seeded.terminal.key, seeded.manager);
    expect(await manager.get('/v1/reports/shifts?from=yesterday&to=today')).toMatchObject({ status: 400 });
    expect(await manager.get('/v1/reports/shifts')).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
  });
});
