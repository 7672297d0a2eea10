/**
 * Cursor pagination of every list: pages join into the whole list in order, with no item twice
 * and none left out, also while new activity lands behind the cursor; totals always cover the
 * whole shift or range, whatever the page.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  activityReportPageSchema,
  closeShiftPageSchema,
  currentShiftPageSchema,
  shiftReportPageSchema,
  type Totals,
} from '../../../shared/backend-api.js';
import { createStaff } from '../../../backend/staff/staff.service.js';
import {
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('cursor pagination', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  const range = () =>
    `from=${encodeURIComponent(startedAt)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());

  async function redeemEach(api: ApiClient, amounts: readonly number[]): Promise<string[]> {
    const cards = await backend.seed.cards(seeded.store, amounts.length, 10_000);
    const ids: string[] = [];
    for (const [index, card] of cards.entries()) {
      const body = { code: card.code, amountMinor: amounts[index], currency: 'USD', idempotencyKey: randomUUID() };
      const answer = await api.post<{ redemption: { id: string } }>('/v1/redemptions', body);
      expect(answer.status, answer.text).toBe(201);
      ids.push(answer.body.redemption.id);
    }
    return ids;
  }

  /** Follows nextCursor from `first` to the end; returns each page's body. */
  async function pagesOf<T extends { nextCursor: string | null }>(
    api: ApiClient,
    path: (cursor: string | null) => string,
    parse: (body: unknown) => T,
  ): Promise<T[]> {
    const pages: T[] = [];
    let cursor: string | null = null;
    do {
      const response = await api.get(path(cursor));
      expect(response.status, response.text).toBe(200);
      const page = parse(response.body);
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 100);
    return pages;
  }

  it('pages the X report’s activities while its totals cover the whole shift, and keeps the order as new sales land', async () => {
    const cashier = await createStaff(backend.ctx, {
      storeId: seeded.store.id,
      name: 'Paging Cashier',
      role: 'cashier',
      pin: '2468',
    });
    const { api } = await signedIn(backend.url, seeded.terminal.key, { id: cashier.id, pin: '2468' });
    const amounts = [125, 300, 75, 990, 50, 410, 60, 15, 700, 222, 333];
    const redemptionIds = await redeemEach(api, amounts);
    const voided = redemptionIds[3] ?? '';
    const approval = {
      managerId: seeded.manager.id,
      managerPin: seeded.manager.pin,
      reason: 'customer changed their mind',
    };
    expect((await api.post(`/v1/redemptions/${voided}/void`, approval)).status).toBe(200);

    const xPath = (cursor: string | null) =>
      `/v1/shifts/current?limit=4${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const first = currentShiftPageSchema.parse((await api.get(xPath(null))).body);
    expect(first.activities).toHaveLength(4);
    expect(first.nextCursor).not.toBeNull();
    // Sales landing after the first page was read come at the end, and nothing read is repeated.
    const late = await redeemEach(api, [5, 6]);
    const rest = await pagesOf(
      api,
      (cursor) => xPath(cursor ?? first.nextCursor),
      (body) => currentShiftPageSchema.parse(body),
    );
    const all = [first, ...rest].flatMap((page) => page.activities);
    expect(all.map((activity) => activity.kind)).toEqual([...amounts.map(() => 'redeem'), 'void', 'redeem', 'redeem']);
    expect(all.filter((activity) => activity.kind === 'redeem').map((activity) => activity.redemptionId)).toEqual([
      ...redemptionIds,
      ...late,
    ]);
    expect(new Set(all.map((activity) => activity.id)).size).toBe(all.length);
    expect(rest.at(-1)?.nextCursor).toBeNull();
    expect(rest.every((page) => page.activities.length <= 4)).toBe(true);

    // Every page carries the totals of the whole shift, aggregated by the database.
    const redeemed = [...amounts, 5, 6].reduce((sum, amount) => sum + amount, 0);
    const expected: Partial<Totals> = {
      redemptionCount: 13,
      redeemedMinor: redeemed,
      voidCount: 1,
      voidedMinor: 990,
      netMinor: redeemed - 990,
    };
    for (const page of rest) expect(page.totals).toMatchObject(expected);
    const listed = all.reduce((sum, activity) => sum - activity.amountMinor, 0);
    expect(rest[0]?.totals.netMinor).toBe(listed);
  });

  it('answers the Z report’s first page, and the X report reads the rest of the closed shift from its cursor', async () => {
    const cashier = await createStaff(backend.ctx, {
      storeId: seeded.store.id,
      name: 'Closing Cashier',
      role: 'cashier',
      pin: '1357',
    });
    const { api } = await signedIn(backend.url, seeded.terminal.key, { id: cashier.id, pin: '1357' });
    // One more than the default page of 100.
    const amounts = Array.from({ length: 101 }, (_, index) => 100 + index);
    await redeemEach(api, amounts);
    const closed = await api.post('/v1/shifts/current/close');
    expect(closed.status, closed.text).toBe(200);
    const z = closeShiftPageSchema.parse(closed.body);
    expect(z.report.activities).toHaveLength(100);
    expect(z.report.redemptionCount).toBe(101);
    expect(z.report.nextCursor).not.toBeNull();
    const rest = await pagesOf(
      api,
      (cursor) => `/v1/shifts/current?cursor=${encodeURIComponent(cursor ?? z.report.nextCursor ?? '')}`,
      (body) => currentShiftPageSchema.parse(body),
    );
    const all = [...z.report.activities, ...rest.flatMap((page) => page.activities)];
    expect(all.map((activity) => -activity.amountMinor)).toEqual(amounts);
  });

  it('pages the store’s shifts with cashier and terminal totals over the whole range on every page', async () => {
    const pages = await pagesOf(
      (await signedIn(backend.url, seeded.terminal.key, seeded.manager)).api,
      (cursor) =>
        `/v1/reports/shifts?${range()}&limit=1${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      (body) => shiftReportPageSchema.parse(body),
    );
    // The two cashiers' shifts above, and the manager's own just opened.
    expect(pages.map((page) => page.shifts.length)).toEqual([1, 1, 1]);
    const shifts = pages.flatMap((page) => page.shifts);
    expect(shifts.map((entry) => entry.cashierName)).toEqual(['Paging Cashier', 'Closing Cashier', 'Morgan Manager']);
    for (const page of pages) expect(page.byCashier).toEqual(pages[0]?.byCashier);
    const byName = Object.fromEntries((pages[0]?.byCashier ?? []).map((entry) => [entry.cashierName, entry.totals]));
    expect(byName['Paging Cashier']).toEqual(shifts[0]?.totals);
    expect(byName['Closing Cashier']).toEqual(shifts[1]?.totals);
    expect(pages[0]?.byTerminal).toHaveLength(1);
    expect(pages[0]?.byTerminal[0]?.totals.redemptionCount).toBe(13 + 101);
  });

  it('pages the store’s activities oldest first, without another store’s', async () => {
    const other = await backend.seed.store({ name: 'Other Street' });
    const otherCard = await backend.seed.card(other.store, 5000);
    const otherCashier = await signedIn(backend.url, other.terminal.key, other.cashier);
    const body = { code: otherCard.code, amountMinor: 4321, currency: 'USD', idempotencyKey: randomUUID() };
    expect((await otherCashier.api.post('/v1/redemptions', body)).status).toBe(201);

    const { api: manager } = await signedIn(backend.url, seeded.terminal.key, seeded.manager);
    const pages = await pagesOf(
      manager,
      (cursor) =>
        `/v1/reports/activities?${range()}&limit=50${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      (body) => activityReportPageSchema.parse(body),
    );
    const activities = pages.flatMap((page) => page.activities);
    expect(pages.length).toBe(Math.ceil(activities.length / 50));
    expect(activities).toHaveLength(13 + 1 + 101);
    expect(activities.some((activity) => activity.amountMinor === 4321)).toBe(false);
    const keys = activities.map((activity) => `${activity.createdAt} ${activity.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('refuses a cursor it did not give out and a limit out of range', async () => {
    const { api: manager } = await signedIn(backend.url, seeded.terminal.key, seeded.manager);
    for (const query of ['cursor=bm90IGEgY3Vyc29y', 'cursor=WyJhIl0', 'limit=0', 'limit=1001', 'limit=ten', 'page=2']) {
      const response = await manager.get(`/v1/reports/activities?${range()}&${query}`);
      expect(response, query).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    }
    expect(await manager.get('/v1/shifts/current?cursor=%7B%7D')).toMatchObject({ status: 400 });
  });
});
