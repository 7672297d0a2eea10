import { describe, expect, it } from 'vitest';
import {
  emptyTotals,
  totalsFromLedger,
  type KindAggregate,
  type LockoutAggregate,
} from '../../../backend/shifts/totals.js';

const NO_LOCKOUTS: LockoutAggregate = { count: 0, firstAt: null, lastAt: null };

function group(
  kind: string,
  count: number,
  sumMinor: number,
  times: [string, string],
  emptiedCount = 0,
): KindAggregate {
  return { kind, count, sumMinor, emptiedCount, firstAt: times[0], lastAt: times[1] };
}

describe('shift totals from the ledger', () => {
  it('is all zeros and no times for a shift without activity', () => {
    expect(totalsFromLedger('USD', [], NO_LOCKOUTS)).toEqual(emptyTotals('USD'));
  });

  it('counts redemptions as positive amounts, splits full and partial, and nets voids and reversals', () => {
    const totals = totalsFromLedger(
      'USD',
      [
        group('redeem', 5, -4_250, ['2026-11-22T09:00:00.000Z', '2026-11-22T16:00:00.000Z'], 2),
        group('void', 1, 500, ['2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z']),
        group('reversal', 2, 750, ['2026-11-22T11:00:00.000Z', '2026-11-22T12:00:00.000Z']),
      ],
      NO_LOCKOUTS,
    );
    expect(totals).toMatchObject({
      redemptionCount: 5,
      redeemedMinor: 4_250,
      fullRedemptionCount: 2,
      partialRedemptionCount: 3,
      voidCount: 1,
      voidedMinor: 500,
      reversalCount: 2,
      reversedMinor: 750,
      netMinor: 3_000,
      firstActivityAt: '2026-11-22T09:00:00.000Z',
      lastActivityAt: '2026-11-22T16:00:00.000Z',
    });
  });

  it('gives a negative net to a shift holding only a late reversal', () => {
    const totals = totalsFromLedger(
      'USD',
      [group('reversal', 1, 800, ['2026-11-23T08:00:00.000Z', '2026-11-23T08:00:00.000Z'])],
      NO_LOCKOUTS,
    );
    expect(totals).toMatchObject({ redemptionCount: 0, reversalCount: 1, reversedMinor: 800, netMinor: -800 });
  });

  it('leaves money untouched by freezes and transfers, but lets them and lockouts set the times', () => {
    const totals = totalsFromLedger(
      'EUR',
      [
        group('freeze', 1, 0, ['2026-11-22T08:30:00.000Z', '2026-11-22T08:30:00.000Z']),
        group('transfer_out', 1, -2_000, ['2026-11-22T09:00:00.000Z', '2026-11-22T09:00:00.000Z']),
        group('transfer_in', 1, 2_000, ['2026-11-22T09:00:00.000Z', '2026-11-22T09:00:00.000Z']),
      ],
      { count: 2, firstAt: '2026-11-22T07:00:00.000Z', lastAt: '2026-11-22T18:00:00.000Z' },
    );
    expect(totals).toEqual({
      ...emptyTotals('EUR'),
      lockoutCount: 2,
      firstActivityAt: '2026-11-22T07:00:00.000Z',
      lastActivityAt: '2026-11-22T18:00:00.000Z',
    });
  });
});
