/** Pure figures for the manager view: the range's totals and redemptions per hour of a day. */
import type { ActivityReportResponse, ShiftReportResponse } from '../../../shared/backend-api.js';
import { dayInZone, hourInZone } from './report-time.js';

type Activity = ActivityReportResponse['activities'][number];

export interface HourBucket {
  hour: number;
  count: number;
  amountMinor: number;
}

/** Redemptions (count and amount) in each of the 24 hours of `day` in the store's time zone. */
export function redemptionsPerHour(activities: readonly Activity[], day: string, timeZone: string): HourBucket[] {
  const buckets = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0, amountMinor: 0 }));
  for (const activity of activities) {
    if (activity.kind !== 'redeem') continue;
    const at = new Date(activity.createdAt);
    if (dayInZone(at, timeZone) !== day) continue;
    const bucket = buckets[hourInZone(at, timeZone)];
    if (bucket === undefined) continue;
    bucket.count += 1;
    bucket.amountMinor += activity.amountMinor;
  }
  return buckets;
}

export interface RangeTotals {
  currency: string;
  redemptionCount: number;
  redeemedMinor: number;
  voidCount: number;
  voidedMinor: number;
  netMinor: number;
  /** Money put on cards at the till: sold (activated), loaded and refunded. */
  activationCount: number;
  activatedMinor: number;
  loadCount: number;
  loadedMinor: number;
  refundCount: number;
  refundedMinor: number;
}

/**
 * The dashboard's tiles: the backend's per-cashier totals summed. byCashier always covers the
 * whole range (the shifts list may be one page of it), and every cashier's totals are in the
 * store's currency, so the sum is the store's.
 */
export function rangeTotals(report: ShiftReportResponse): RangeTotals {
  const sum: RangeTotals = {
    currency: report.store.currency,
    redemptionCount: 0,
    redeemedMinor: 0,
    voidCount: 0,
    voidedMinor: 0,
    netMinor: 0,
    activationCount: 0,
    activatedMinor: 0,
    loadCount: 0,
    loadedMinor: 0,
    refundCount: 0,
    refundedMinor: 0,
  };
  for (const { totals } of report.byCashier) {
    sum.redemptionCount += totals.redemptionCount;
    sum.redeemedMinor += totals.redeemedMinor;
    sum.voidCount += totals.voidCount;
    sum.voidedMinor += totals.voidedMinor;
    sum.netMinor += totals.netMinor;
    sum.activationCount += totals.activationCount;
    sum.activatedMinor += totals.activatedMinor;
    sum.loadCount += totals.loadCount;
    sum.loadedMinor += totals.loadedMinor;
    sum.refundCount += totals.refundCount;
    sum.refundedMinor += totals.refundedMinor;
  }
  return sum;
}
