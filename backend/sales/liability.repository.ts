import { sql } from 'kysely';
import type { Trx } from '../db/transaction.js';
import type { ReportRange } from '../http/report-query.js';

export interface OutstandingRow {
  currency: string;
  outstandingMinor: number;
  activeCardCount: number;
}

/** The balances of a region's cards that can still be spent or given back (active, and frozen ones whose money is held). */
export async function outstandingByCurrency(db: Trx, region: string): Promise<OutstandingRow[]> {
  const rows = await db
    .selectFrom('cards')
    .select(['currency', sql<string | number>`coalesce(sum(balance_minor), 0)`.as('sum_minor')])
    .select(sql<string | number>`sum(case when status = 'active' then 1 else 0 end)`.as('active_count'))
    .where('region', '=', region)
    .where('status', 'in', ['active', 'frozen'])
    .groupBy('currency')
    .execute();
  return rows.map((row) => ({
    currency: row.currency,
    outstandingMinor: Number(row.sum_minor),
    activeCardCount: Number(row.active_count),
  }));
}

/** The signed sum of a region's cards' ledger activities in the range, by currency. */
export async function changeByCurrency(
  db: Trx,
  region: string,
  range: ReportRange,
): Promise<{ currency: string; changeMinor: number }[]> {
  const rows = await db
    .selectFrom('activities')
    .innerJoin('cards', 'cards.id', 'activities.card_id')
    .select(['cards.currency', sql<string | number>`coalesce(sum(activities.amount_minor), 0)`.as('sum_minor')])
    .where('cards.region', '=', region)
    .where('activities.created_at', '>=', range.from)
    .where('activities.created_at', '<', range.to)
    .groupBy('cards.currency')
    .execute();
  return rows.map((row) => ({ currency: row.currency, changeMinor: Number(row.sum_minor) }));
}
