import { sql } from 'kysely';
import { liabilityQuerySchema, type LiabilityResponse } from '../../shared/sales-api.js';
import type { Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { parseBody } from '../http/parse-body.js';

export interface ReportRange {
  from: string;
  to: string;
}

/** `?from&to` as the UTC ISO text the tables store (text comparison then orders it). */
export function parseReportRange(query: unknown): ReportRange {
  const { from, to } = parseBody(liabilityQuerySchema, query);
  const iso = (value: string, field: string): string => {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw new ApiError('bad_request', `${field}: not a date-time`);
    return new Date(ms).toISOString();
  };
  return { from: iso(from, 'from'), to: iso(to, 'to') };
}

/**
 * The money the store's programme still owes: the balances of the cards of its region that can
 * still be spent or given back (active, and frozen ones whose money is held), by currency; and the
 * change over the range, the signed sum of those cards' ledger activities in it (money in from
 * activations, loads, refunds, voids and reversals, less redemptions).
 */
export async function storeLiability(db: Trx, storeId: string, range: ReportRange): Promise<LiabilityResponse> {
  const store = await db.selectFrom('stores').select('region').where('id', '=', storeId).executeTakeFirstOrThrow();
  const outstanding = await db
    .selectFrom('cards')
    .select(['currency', sql<string | number>`coalesce(sum(balance_minor), 0)`.as('sum_minor')])
    .select(sql<string | number>`sum(case when status = 'active' then 1 else 0 end)`.as('active_count'))
    .where('region', '=', store.region)
    .where('status', 'in', ['active', 'frozen'])
    .groupBy('currency')
    .execute();
  const changes = await db
    .selectFrom('activities')
    .innerJoin('cards', 'cards.id', 'activities.card_id')
    .select(['cards.currency', sql<string | number>`coalesce(sum(activities.amount_minor), 0)`.as('sum_minor')])
    .where('cards.region', '=', store.region)
    .where('activities.created_at', '>=', range.from)
    .where('activities.created_at', '<', range.to)
    .groupBy('cards.currency')
    .execute();
  const byCurrency = new Map<string, LiabilityResponse['liabilities'][number]>();
  const line = (currency: string) => {
    const found = byCurrency.get(currency) ?? { currency, outstandingMinor: 0, activeCardCount: 0, changeMinor: 0 };
    byCurrency.set(currency, found);
    return found;
  };
  for (const row of outstanding) {
    line(row.currency).outstandingMinor = Number(row.sum_minor);
    line(row.currency).activeCardCount = Number(row.active_count);
  }
  for (const row of changes) line(row.currency).changeMinor = Number(row.sum_minor);
  const liabilities = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  return { liabilities, from: range.from, to: range.to };
}
