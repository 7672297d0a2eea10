import { describe, expect, it } from 'vitest';
import type { ShiftReportResponse, Totals } from '../../../shared/backend-api.js';
import { rangeTotals, redemptionsPerHour } from '../../../renderer/components/manager/report-data.js';
import { liabilityCsv, shiftReportCsv, transactionsCsv } from '../../../renderer/components/manager/report-csv.js';
import {
  dayInZone,
  localIsoWithOffset,
  nextDay,
  startOfDayIso,
} from '../../../renderer/components/manager/report-time.js';
import { FAKE_STORE } from '../../fixtures/fake-terminal-api.js';

describe('days in the store’s time zone', () => {
  it('finds midnight in New York in winter and in summer, and across the spring change', () => {
    expect(startOfDayIso('2026-11-22', 'America/New_York')).toBe('2026-11-22T05:00:00.000Z');
    expect(startOfDayIso('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDayIso('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIso('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDayIso('2026-11-22', 'Asia/Kolkata')).toBe('2026-11-21T18:30:00.000Z');
  });

  it('names the day of an instant and the day after, across month and year ends', () => {
    expect(dayInZone(new Date('2026-11-22T03:00:00Z'), 'America/New_York')).toBe('2026-11-21');
    expect(dayInZone(new Date('2026-11-22T03:00:00Z'), 'UTC')).toBe('2026-11-22');
    expect(nextDay('2026-11-30')).toBe('2026-12-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('writes an instant as the store’s wall clock with its UTC offset, in winter, summer and half hours', () => {
    expect(localIsoWithOffset('2026-11-22T14:00:00.000Z', 'America/New_York')).toBe('2026-11-22T09:00:00-05:00');
    expect(localIsoWithOffset('2026-07-01T03:30:15.000Z', 'America/New_York')).toBe('2026-06-30T23:30:15-04:00');
    expect(localIsoWithOffset('2026-11-22T00:00:00.000Z', 'Asia/Kolkata')).toBe('2026-11-22T05:30:00+05:30');
    expect(localIsoWithOffset('2026-11-22T00:00:00.000Z', 'UTC')).toBe('2026-11-22T00:00:00+00:00');
  });
});

describe('redemptions per hour', () => {
  const activity = (createdAt: string, kind = 'redeem', amountMinor = 100) => ({
    id: createdAt,
    kind,
    amountMinor,
    card: { last4: 'ABCD' },
    shiftId: 's1',
    createdAt,
  });

  it('counts redemptions of the chosen day by the store’s hour, not voids or other days', () => {
    const buckets = redemptionsPerHour(
      [
        activity('2026-11-22T14:10:00Z', 'redeem', 500),
        activity('2026-11-22T14:50:00Z', 'redeem', 250),
        activity('2026-11-22T14:55:00Z', 'void', 500),
        activity('2026-11-22T04:59:00Z'),
        activity('2026-11-23T04:30:00Z', 'redeem', 100),
      ],
      '2026-11-22',
      'America/New_York',
    );
    expect(buckets).toHaveLength(24);
    expect(buckets[9]).toEqual({ hour: 9, count: 2, amountMinor: 750 });
    expect(buckets[23]).toEqual({ hour: 23, count: 1, amountMinor: 100 });
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(3);
  });
});

describe('shift report CSV', () => {
  const totals: Totals = {
    currency: 'USD',
    redemptionCount: 3,
    redeemedMinor: 12_345,
    fullRedemptionCount: 2,
    partialRedemptionCount: 1,
    voidCount: 1,
    voidedMinor: 500,
    reversalCount: 0,
    reversedMinor: 0,
    activationCount: 2,
    activatedMinor: 5_000,
    loadCount: 0,
    loadedMinor: 0,
    refundCount: 1,
    refundedMinor: 1_299,
    netMinor: 11_845,
    lockoutCount: 0,
    firstActivityAt: null,
    lastActivityAt: null,
  };
  const shift = {
    id: 'shf_1',
    storeId: 'store-1',
    terminalId: 't1',
    cashierId: '1001',
    status: 'closed' as const,
    openedAt: '2026-11-22T14:00:00.000Z',
    closedAt: '2026-11-22T22:00:00.000Z',
  };
  const report = (cashierName: string): ShiftReportResponse => ({
    store: FAKE_STORE,
    shifts: [{ shift, cashierName, terminalName: 'Till 1', totals }],
    byCashier: [],
    byTerminal: [],
  });

  it('writes one line per shift with amounts in major units and the store’s local times with offset', () => {
    const [header, line] = shiftReportCsv(report('Casey Jones')).trim().split('\r\n');
    expect(header?.split(',')).toContain('net');
    expect(header?.split(',').slice(-6)).toEqual(['cards_sold', 'sold', 'loads', 'loaded', 'refunds', 'refunded']);
    expect(line).toBe(
      'shf_1,Casey Jones,Till 1,2026-11-22T09:00:00-05:00,2026-11-22T17:00:00-05:00,closed,USD,3,123.45,2,1,1,5.00,0,0.00,118.45,0,2,50.00,0,0.00,1,12.99',
    );
  });

  it('quotes commas and quotes, and keeps a name from running as a spreadsheet formula', () => {
    expect(shiftReportCsv(report('Jones, "Casey"'))).toContain(',"Jones, ""Casey""",');
    expect(shiftReportCsv(report('=HYPERLINK("x")'))).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('writes one line per activity with its shift’s cashier and terminal, in local time', () => {
    const activity = (id: string, kind: string, amountMinor: number, shiftId: string | null) => ({
      id,
      kind,
      amountMinor,
      card: { last4: 'CZP5' },
      shiftId,
      createdAt: '2026-11-22T15:04:05.000Z',
    });
    const lines = transactionsCsv(report('Casey Jones'), [
      activity('act_1', 'redeem', 1250, 'shf_1'),
      activity('act_2', 'void', 500, 'shf_1'),
      activity('act_3', 'redeem', 100, null),
    ])
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'activity_id,time,kind,card,amount,currency,shift_id,cashier,terminal',
      'act_1,2026-11-22T10:04:05-05:00,redeem,CZP5,12.50,USD,shf_1,Casey Jones,Till 1',
      'act_2,2026-11-22T10:04:05-05:00,void,CZP5,5.00,USD,shf_1,Casey Jones,Till 1',
      'act_3,2026-11-22T10:04:05-05:00,redeem,CZP5,1.00,USD,,,',
    ]);
  });

  it('sums the tiles from the per-cashier totals of the whole range', () => {
    const twice: ShiftReportResponse = {
      ...report('Casey Jones'),
      byCashier: [
        { cashierId: '1001', cashierName: 'Casey Jones', totals },
        { cashierId: '1002', cashierName: 'Robin Diaz', totals },
      ],
    };
    expect(rangeTotals(twice)).toEqual({
      currency: 'USD',
      redemptionCount: 6,
      redeemedMinor: 24_690,
      voidCount: 2,
      voidedMinor: 1000,
      netMinor: 23_690,
      activationCount: 4,
      activatedMinor: 10_000,
      loadCount: 0,
      loadedMinor: 0,
      refundCount: 2,
      refundedMinor: 2_598,
    });
  });
});

describe('liability CSV', () => {
  it('writes one line per currency: outstanding, active cards and the change over the range, in local time', () => {
    const csvText = liabilityCsv(
      {
        liabilities: [
          { currency: 'USD', outstandingMinor: 123_450, activeCardCount: 7, changeMinor: -2_500 },
          { currency: 'JPY', outstandingMinor: 5_000, activeCardCount: 1, changeMinor: 5_000 },
        ],
        from: '2026-11-22T05:00:00.000Z',
        to: '2026-11-23T05:00:00.000Z',
      },
      FAKE_STORE,
    );
    expect(csvText.trimEnd().split('\r\n')).toEqual([
      'currency,outstanding,active_cards,change,from,to',
      'USD,1234.50,7,-25.00,2026-11-22T00:00:00-05:00,2026-11-23T00:00:00-05:00',
      'JPY,5000,1,5000,2026-11-22T00:00:00-05:00,2026-11-23T00:00:00-05:00',
    ]);
  });
});
