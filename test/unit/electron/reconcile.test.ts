import { describe, expect, it } from 'vitest';
import type { TenderRecord } from '../../../electron/host/tenders/outbox.js';
import { reconcileShift } from '../../../electron/host/tenders/reconcile.js';
import type { CloseShiftResponse } from '../../../shared/backend-api.js';
import { redemptionAnswer, signInAnswer } from './backend-fixtures.js';
import { emptyTotals } from '../../../backend/shifts/totals.js';

const AT = '2026-11-22T00:05:00.000Z';

function applied(key: string, amountMinor: number, recovered = false): TenderRecord {
  const { redemption } = redemptionAnswer(key, amountMinor);
  return {
    tenderId: `t-${key}`,
    idempotencyKey: key,
    amountMinor,
    currency: 'USD',
    last4: redemption.card.last4,
    at: AT,
    state: 'applied',
    redemptionId: redemption.id,
    balanceBeforeMinor: redemption.balanceBeforeMinor,
    balanceAfterMinor: redemption.balanceAfterMinor,
    redemption,
    ...(recovered ? { recovered } : {}),
  };
}

function closed(activities: { kind: string; amountMinor: number; last4: string }[]): CloseShiftResponse {
  const totals = emptyTotals('USD');
  return {
    shift: signInAnswer().shift,
    report: {
      ...totals,
      activities: activities.map((activity, index) => ({
        id: `act-${index}`,
        kind: activity.kind,
        amountMinor: activity.amountMinor,
        card: { last4: activity.last4 },
        createdAt: AT,
      })),
    },
  };
}

describe('shift-close reconciliation', () => {
  const last4 = applied('k', 1).last4;

  it('matches when every approval has its ledger row, a reversal cancelling the row it gave back', async () => {
    const result = reconcileShift(
      [applied('k1', 1250, true), applied('k2', 300)],
      closed([
        { kind: 'redeem', amountMinor: -1250, last4 },
        { kind: 'redeem', amountMinor: -300, last4 },
        { kind: 'redeem', amountMinor: -700, last4 },
        { kind: 'reversal', amountMinor: 700, last4 },
      ]),
    );
    expect(result.reconciliation).toMatchObject({
      matched: true,
      terminalCount: 2,
      backendCount: 2,
      terminalMinor: 1550,
    });
    expect(result.resolved).toMatchObject([{ state: 'applied', amountMinor: 1250 }]);
  });

  it('flags an approval without a ledger row and a ledger row the terminal never approved', async () => {
    const result = reconcileShift([applied('k1', 1250)], closed([{ kind: 'redeem', amountMinor: -999, last4 }]));
    expect(result.reconciliation.matched).toBe(false);
    expect(result.reconciliation.differences).toEqual([
      { kind: 'terminal_only', last4, amountMinor: 1250 },
      { kind: 'backend_only', last4, amountMinor: 999 },
    ]);
  });
});
