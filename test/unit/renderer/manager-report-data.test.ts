import { describe, expect, it } from 'vitest';
import type { ShiftReportResponse, Totals } from '../../../shared/backend-api.js';
import { redemptionsPerHour, shiftReportCsv } from '../../../renderer/components/manager/report-data.js';
import { dayInZone, nextDay, startOfDayIso } from '../../../renderer/components/manager/report-time.js';
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
    activationCount: 0,
    activatedMinor: 0,
    loadCount: 0,
    loadedMinor: 0,
    refundCount: 0,
    refundedMinor: 0,
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

  it('writes one line per shift with amounts in major units', () => {
    const [header, line] = shiftReportCsv(report('Casey Jones'), FAKE_STORE).trim().split('\r\n');
    expect(header?.split(',')).toContain('net');
    expect(line).toBe(
      'shf_1,Casey Jones,Till 1,2026-11-22T14:00:00.000Z,2026-11-22T22:00:00.000Z,closed,USD,3,123.45,2,1,1,5.00,0,0.00,118.45,0',
    );
  });

  it('quotes commas and quotes, and keeps a name from running as a spreadsheet formula', () => {
    expect(shiftReportCsv(report('Jones, "Casey"'), FAKE_STORE)).toContain(',"Jones, ""Casey""",');
    expect(shiftReportCsv(report('=HYPERLINK("x")'), FAKE_STORE)).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});
