/**
 * The terminal host reads every page of the backend's lists, so the screens (X and Z report,
 * manager report, CSV export) still get the whole list: checked with pages of 3 against a real
 * backend.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBackendClient, type BackendClient } from '../../../electron/host/backend-client.js';
import {
  describeEachDialect,
  signedIn,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('terminal host reading paged lists', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let client: BackendClient;
  const from = new Date(Date.now() - 60_000).toISOString();
  const range = () => ({ from, to: new Date(Date.now() + 60_000).toISOString() });

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    client = createBackendClient({ backendUrl: backend.url, terminalKey: seeded.terminal.key, pageLimit: 3 });
  });
  afterAll(async () => backend?.close());

  async function signIn(staff: { id: string; pin: string }): Promise<string> {
    return (await signedIn(backend.url, seeded.terminal.key, staff)).session.token;
  }

  it('joins the X report’s and the Z report’s pages into every activity of the shift, in order', async () => {
    const token = await signIn(seeded.cashier);
    const cards = await backend.seed.cards(seeded.store, 8, 5_000);
    const amounts = [101, 202, 303, 404, 505, 606, 707, 808];
    for (const [index, card] of cards.entries()) {
      const redeemed = await client.redeem(token, {
        code: card.code,
        amountMinor: amounts[index] ?? 1,
        currency: 'USD',
        idempotencyKey: randomUUID(),
      });
      expect(redeemed.ok).toBe(true);
    }
    const x = await client.currentShift(token);
    if (!x.ok) throw new Error(x.error.message);
    expect(x.value.activities?.map((activity) => -activity.amountMinor)).toEqual(amounts);
    expect(x.value.totals.redemptionCount).toBe(8);
    expect(x.value).not.toHaveProperty('nextCursor');

    const z = await client.closeShift(token);
    if (!z.ok) throw new Error(z.error.message);
    expect(z.value.report.activities.map((activity) => -activity.amountMinor)).toEqual(amounts);
    expect(z.value.report).not.toHaveProperty('nextCursor');
  });

  it('joins the manager report’s shifts and activities across pages', async () => {
    const token = await signIn(seeded.manager);
    const shifts = await client.shiftReport(token, range());
    if (!shifts.ok) throw new Error(shifts.error.message);
    expect(shifts.value.shifts.map((entry) => entry.cashierName)).toEqual(['Casey Cashier', 'Morgan Manager']);
    expect(shifts.value.byCashier.map((entry) => entry.totals.redemptionCount)).toEqual([8, 0]);
    const activities = await client.activityReport(token, range());
    if (!activities.ok) throw new Error(activities.error.message);
    expect(activities.value.activities.map((activity) => activity.amountMinor)).toEqual([
      101, 202, 303, 404, 505, 606, 707, 808,
    ]);
  });
});
