import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStaff } from '../../../backend/staff/staff.service.js';
import { currentShiftResponseSchema, redeemResponseSchema } from '../../../shared/backend-api.js';
import {
  describeEachDialect,
  signedIn,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('X report activities', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());

  it('lists the open shift’s redemptions by last 4 with their ids, and which are voided', async () => {
    const cashier = await createStaff(backend.ctx, {
      storeId: seeded.store.id,
      name: 'X Cashier',
      role: 'cashier',
      pin: '1357',
    });
    const { api: counter } = await signedIn(backend.url, seeded.terminal.key, { id: cashier.id, pin: '1357' });
    const first = await backend.seed.card(seeded.store, 2_000);
    const second = await backend.seed.card(seeded.store, 900);
    const redeem = async (code: string, amountMinor: number) => {
      const body = { code, currency: 'USD', idempotencyKey: randomUUID(), amountMinor };
      const response = await counter.post('/v1/redemptions', body);
      expect(response.status, response.text).toBe(201);
      return redeemResponseSchema.parse(response.body).redemption;
    };
    const kept = await redeem(first.code, 700);
    const voided = await redeem(second.code, 300);
    const approval = { managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason: 'mistake' };
    const voidAnswer = await counter.post(`/v1/redemptions/${voided.id}/void`, approval);
    expect(voidAnswer.status, voidAnswer.text).toBe(200);

    const response = await counter.get('/v1/shifts/current');
    expect(response.status, response.text).toBe(200);
    const x = currentShiftResponseSchema.parse(response.body);
    const activities = x.activities ?? [];
    expect(activities.map((activity) => [activity.kind, activity.redemptionId, activity.redemptionStatus])).toEqual([
      ['redeem', kept.id, 'applied'],
      ['redeem', voided.id, 'voided'],
      ['void', voided.id, 'voided'],
    ]);
    expect(activities.map((activity) => activity.card.last4)).toEqual([first.last4, second.last4, second.last4]);
    expect(activities.map((activity) => activity.amountMinor)).toEqual([-700, -300, 300]);
    // Cards appear by last 4 only.
    expect(response.text).not.toContain(first.code);
    expect(response.text).not.toContain(second.code);
  });
});
