import { sql } from 'kysely';
import type { Trx } from '../db/transaction.js';
import type { KindAggregate, LockoutAggregate } from './totals.js';

/**
 * Ledger groups per shift and kind. Sums come back as text from PostgreSQL (numeric) and as
 * numbers from SQLite: Number() makes them the same (amounts stay far below 2^53).
 */
export async function ledgerByShift(db: Trx, shiftIds: readonly string[]): Promise<Map<string, KindAggregate[]>> {
  const byShift = new Map<string, KindAggregate[]>();
  if (shiftIds.length === 0) return byShift;
  const rows = await db
    .selectFrom('activities')
    .select((eb) => [
      'shift_id',
      'kind',
      eb.fn.countAll().as('count'),
      eb.fn.sum('amount_minor').as('sum_minor'),
      sql<number>`sum(case when ${eb.ref('balance_after_minor')} = 0 then 1 else 0 end)`.as('emptied_count'),
      eb.fn.min('created_at').as('first_at'),
      eb.fn.max('created_at').as('last_at'),
    ])
    .where('shift_id', 'in', shiftIds)
    .groupBy(['shift_id', 'kind'])
    .execute();
  for (const row of rows) {
    if (row.shift_id === null) continue;
    const groups = byShift.get(row.shift_id) ?? [];
    groups.push({
      kind: row.kind,
      count: Number(row.count),
      sumMinor: Number(row.sum_minor ?? 0),
      emptiedCount: Number(row.emptied_count ?? 0),
      firstAt: row.first_at,
      lastAt: row.last_at,
    });
    byShift.set(row.shift_id, groups);
  }
  return byShift;
}

export async function lockoutsByShift(db: Trx, shiftIds: readonly string[]): Promise<Map<string, LockoutAggregate>> {
  const byShift = new Map<string, LockoutAggregate>();
  if (shiftIds.length === 0) return byShift;
  const rows = await db
    .selectFrom('lockout_events')
    .select((eb) => [
      'shift_id',
      eb.fn.countAll().as('count'),
      eb.fn.min('locked_at').as('first_at'),
      eb.fn.max('locked_at').as('last_at'),
    ])
    .where('shift_id', 'in', shiftIds)
    .groupBy('shift_id')
    .execute();
  for (const row of rows) {
    if (row.shift_id !== null)
      byShift.set(row.shift_id, { count: Number(row.count), firstAt: row.first_at, lastAt: row.last_at });
  }
  return byShift;
}

export const NO_LOCKOUTS: LockoutAggregate = { count: 0, firstAt: null, lastAt: null };

/** Every activity of one shift in ledger order, for the X and Z reports (cards by last 4 only). */
export async function shiftActivities(db: Trx, shiftId: string) {
  return db
    .selectFrom('activities')
    .innerJoin('cards', 'cards.id', 'activities.card_id')
    .leftJoin('redemptions', 'redemptions.id', 'activities.redemption_id')
    .select(['activities.id', 'activities.kind', 'activities.amount_minor', 'activities.created_at', 'cards.last4'])
    .select(['activities.redemption_id', 'redemptions.status as redemption_status'])
    .where('activities.shift_id', '=', shiftId)
    .orderBy('activities.created_at')
    .orderBy('activities.id')
    .execute();
}
