import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStaff } from '../../../backend/staff/staff.service.js';
import {
  closeShiftResponseSchema,
  currentShiftResponseSchema,
  redeemResponseSchema,
  type Totals,
} from '../../../shared/backend-api.js';
import {
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

type Operation =
  | { kind: 'redeem'; card: number; amountMinor: number | null }
  | { kind: 'void'; pick: number }
  | { kind: 'reverse'; pick: number }
  /** A reversal of a key that never reached the backend: a tombstone, no money moves. */
  | { kind: 'tombstone' };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('redeem' as const),
      card: fc.nat(2),
      amountMinor: fc.option(fc.integer({ min: 1, max: 1500 })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('void' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'tombstone' as const }) },
);

interface ModelRedemption {
  id: string;
  key: string;
  card: number;
  amountMinor: number;
  status: 'applied' | 'voided' | 'reversed';
}

/** What the shift's totals must be, kept by replaying the operations on a model of the cards. */
class ShiftModel {
  readonly balances: number[];
  readonly redemptions: ModelRedemption[] = [];
  expected: Omit<Totals, 'currency' | 'lockoutCount' | 'firstActivityAt' | 'lastActivityAt'> = {
    redemptionCount: 0,
    redeemedMinor: 0,
    fullRedemptionCount: 0,
    partialRedemptionCount: 0,
    voidCount: 0,
    voidedMinor: 0,
    reversalCount: 0,
    reversedMinor: 0,
    activationCount: 0,
    activatedMinor: 0,
    loadCount: 0,
    loadedMinor: 0,
    refundCount: 0,
    refundedMinor: 0,
    netMinor: 0,
  };
  activityCount = 0;

  constructor(balances: number[]) {
    this.balances = [...balances];
  }

  /** The amount a redemption takes, or null when the card must decline it. */
  redeemable(card: number, amountMinor: number | null): number | null {
    const balance = this.balances[card] ?? 0;
    const amount = amountMinor ?? balance;
    return balance === 0 || amount > balance ? null : amount;
  }

  redeemed(redemption: ModelRedemption): void {
    this.redemptions.push(redemption);
    const after = (this.balances[redemption.card] ?? 0) - redemption.amountMinor;
    this.balances[redemption.card] = after;
    this.expected.redemptionCount += 1;
    this.expected.redeemedMinor += redemption.amountMinor;
    if (after === 0) this.expected.fullRedemptionCount += 1;
    else this.expected.partialRedemptionCount += 1;
    this.activityCount += 1;
  }

  givenBack(redemption: ModelRedemption, how: 'voided' | 'reversed'): void {
    redemption.status = how;
    this.balances[redemption.card] = (this.balances[redemption.card] ?? 0) + redemption.amountMinor;
    if (how === 'voided') {
      this.expected.voidCount += 1;
      this.expected.voidedMinor += redemption.amountMinor;
    } else {
      this.expected.reversalCount += 1;
      this.expected.reversedMinor += redemption.amountMinor;
    }
    this.activityCount += 1;
  }

  totals(): ShiftModel['expected'] {
    const { redeemedMinor, voidedMinor, reversedMinor } = this.expected;
    return { ...this.expected, netMinor: redeemedMinor - voidedMinor - reversedMinor };
  }
}

describeEachDialect('shift totals from the ledger', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());

  async function apply(counter: ApiClient, model: ShiftModel, codes: string[], op: Operation): Promise<void> {
    const approval = { managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason: 'mistake' };
    if (op.kind === 'redeem') {
      const key = randomUUID();
      const body = {
        code: codes[op.card],
        currency: 'USD',
        idempotencyKey: key,
        ...(op.amountMinor === null ? {} : { amountMinor: op.amountMinor }),
      };
      const response = await counter.post('/v1/redemptions', body);
      const amount = model.redeemable(op.card, op.amountMinor);
      if (amount === null) {
        expect(response.status, response.text).toBe(409);
        return;
      }
      expect(response.status, response.text).toBe(201);
      const { redemption } = redeemResponseSchema.parse(response.body);
      expect(redemption.amountMinor).toBe(amount);
      model.redeemed({ id: redemption.id, key, card: op.card, amountMinor: amount, status: 'applied' });
      return;
    }
    if (op.kind === 'tombstone') {
      const response = await counter.post('/v1/reversals', { idempotencyKey: randomUUID() });
      expect(response.body).toEqual({ status: 'not_applied' });
      return;
    }
    const target = model.redemptions[op.pick % Math.max(1, model.redemptions.length)];
    if (target === undefined) return;
    if (op.kind === 'void') {
      const response = await counter.post(`/v1/redemptions/${target.id}/void`, approval);
      const expectedCode = { applied: 200, voided: 409, reversed: 409 }[target.status];
      expect(response.status, response.text).toBe(expectedCode);
      if (target.status === 'applied') model.givenBack(target, 'voided');
      return;
    }
    const response = await counter.post('/v1/reversals', { idempotencyKey: target.key });
    expect(response.status, response.text).toBe(200);
    if (target.status === 'applied') model.givenBack(target, 'reversed');
  }

  it('X and Z totals equal the replay of any mix of redemptions, voids and reversals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (operations) => {
        const startBalances = [3000, 1200, 800];
        const cards = await Promise.all(startBalances.map((amount) => backend.seed.card(seeded.store, amount)));
        // A cashier of its own per run: a run that failed half-way leaves no open shift behind for the next.
        const cashier = await createStaff(backend.ctx, {
          storeId: seeded.store.id,
          name: 'Run Cashier',
          role: 'cashier',
          pin: '2468',
        });
        const { api: counter, session } = await signedIn(backend.url, seeded.terminal.key, {
          id: cashier.id,
          pin: '2468',
        });
        const model = new ShiftModel(startBalances);
        for (const op of operations)
          await apply(
            counter,
            model,
            cards.map((card) => card.code),
            op,
          );

        const x = currentShiftResponseSchema.parse((await counter.get('/v1/shifts/current')).body);
        expect(x.shift).toMatchObject({ id: session.shift.id, status: 'open' });
        expect(x.totals).toMatchObject({ currency: 'USD', lockoutCount: 0, ...model.totals() });
        expect(x.totals.firstActivityAt === null).toBe(model.activityCount === 0);

        const closed = await counter.post('/v1/shifts/current/close');
        expect(closed.status, closed.text).toBe(200);
        const z = closeShiftResponseSchema.parse(closed.body);
        expect(z.shift).toMatchObject({ id: session.shift.id, status: 'closed' });
        expect(z.report).toMatchObject(x.totals);
        expect(z.report.activities).toHaveLength(model.activityCount);
        const lastFours = new Set(cards.map((card) => card.last4));
        for (const activity of z.report.activities) expect(lastFours.has(activity.card.last4)).toBe(true);
        expect(closed.text).not.toContain(cards[0]?.code);
        const signedSum = z.report.activities.reduce((sum, activity) => sum + activity.amountMinor, 0);
        expect(signedSum + z.report.netMinor).toBe(0);
      }),
      { numRuns: 12 },
    );
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
