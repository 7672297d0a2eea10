import { sql } from 'kysely';
import type { Trx } from '../db/transaction.js';
import type { Page } from '../http/page.js';
import type { KindAggregate, LockoutAggregate } from './totals.js';

/** Shifts opened in [from, to), ISO-8601 UTC text. */
export interface OpenedRange {
  from: string;
  to: string;
}

/** What shift report totals are grouped by besides the shift. */
export type ShiftGroup = 'cashier_id' | 'terminal_id';

// One ledger group's figures, over activities aliased `a`. Sums come back as text from PostgreSQL
// (numeric) and as numbers from SQLite: toKindAggregate makes them the same (amounts stay far below 2^53).
const LEDGER_AGGREGATES = [
  sql<string | number>`count(*)`.as('count'),
  sql<string | number | null>`sum(a.amount_minor)`.as('sum_minor'),
  sql<string | number | null>`sum(case when a.balance_after_minor = 0 then 1 else 0 end)`.as('emptied_count'),
  sql<string | null>`min(a.created_at)`.as('first_at'),
  sql<string | null>`max(a.created_at)`.as('last_at'),
] as const;

interface LedgerGroupRow {
  group_id: string | null;
  kind: string;
  count: string | number;
  sum_minor: string | number | null;
  emptied_count: string | number | null;
  first_at: string | null;
  last_at: string | null;
}

function groupLedger(rows: readonly LedgerGroupRow[]): Map<string, KindAggregate[]> {
  const byGroup = new Map<string, KindAggregate[]>();
  for (const row of rows) {
    if (row.group_id === null) continue;
    const groups = byGroup.get(row.group_id) ?? [];
    groups.push({
      kind: row.kind,
      count: Number(row.count),
      sumMinor: Number(row.sum_minor ?? 0),
      emptiedCount: Number(row.emptied_count ?? 0),
      firstAt: row.first_at,
      lastAt: row.last_at,
    });
    byGroup.set(row.group_id, groups);
  }
  return byGroup;
}

/** Ledger groups per shift and kind: an aggregate in the database, however long the shifts. */
export async function ledgerByShift(db: Trx, shiftIds: readonly string[]): Promise<Map<string, KindAggregate[]>> {
  if (shiftIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('activities as a')
    .select(['a.shift_id as group_id', 'a.kind', ...LEDGER_AGGREGATES])
    .where('a.shift_id', 'in', shiftIds)
    .groupBy(['a.shift_id', 'a.kind'])
    .execute();
  return groupLedger(rows);
}

/** Ledger groups per cashier (or terminal) and kind, over the store's shifts opened in the range. */
export async function ledgerByShiftGroup(
  db: Trx,
  storeId: string,
  range: OpenedRange,
  by: ShiftGroup,
): Promise<Map<string, KindAggregate[]>> {
  const rows = await db
    .selectFrom('activities as a')
    .innerJoin('shifts as s', 's.id', 'a.shift_id')
    .select((eb) => [eb.ref(`s.${by}`).as('group_id'), 'a.kind', ...LEDGER_AGGREGATES])
    .where('s.store_id', '=', storeId)
    .where('s.opened_at', '>=', range.from)
    .where('s.opened_at', '<', range.to)
    .groupBy([`s.${by}`, 'a.kind'])
    .execute();
  return groupLedger(rows);
}

interface LockoutGroupRow {
  group_id: string | null;
  count: string | number;
  first_at: string | null;
  last_at: string | null;
}

const LOCKOUT_AGGREGATES = [
  sql<string | number>`count(*)`.as('count'),
  sql<string | null>`min(l.locked_at)`.as('first_at'),
  sql<string | null>`max(l.locked_at)`.as('last_at'),
] as const;

function groupLockouts(rows: readonly LockoutGroupRow[]): Map<string, LockoutAggregate> {
  const byGroup = new Map<string, LockoutAggregate>();
  for (const row of rows) {
    if (row.group_id !== null)
      byGroup.set(row.group_id, { count: Number(row.count), firstAt: row.first_at, lastAt: row.last_at });
  }
  return byGroup;
}

export async function lockoutsByShift(db: Trx, shiftIds: readonly string[]): Promise<Map<string, LockoutAggregate>> {
  if (shiftIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('lockout_events as l')
    .select(['l.shift_id as group_id', ...LOCKOUT_AGGREGATES])
    .where('l.shift_id', 'in', shiftIds)
    .groupBy('l.shift_id')
    .execute();
  return groupLockouts(rows);
}

export async function lockoutsByShiftGroup(
  db: Trx,
  storeId: string,
  range: OpenedRange,
  by: ShiftGroup,
): Promise<Map<string, LockoutAggregate>> {
  const rows = await db
    .selectFrom('lockout_events as l')
    .innerJoin('shifts as s', 's.id', 'l.shift_id')
    .select((eb) => [eb.ref(`s.${by}`).as('group_id'), ...LOCKOUT_AGGREGATES])
    .where('s.store_id', '=', storeId)
    .where('s.opened_at', '>=', range.from)
    .where('s.opened_at', '<', range.to)
    .groupBy(`s.${by}`)
    .execute();
  return groupLockouts(rows);
}

export const NO_LOCKOUTS: LockoutAggregate = { count: 0, firstAt: null, lastAt: null };

/**
 * One page of a shift's activities in ledger order (created_at, id), for the X and Z reports
 * (cards by last 4 only): limit + 1 rows, so the caller knows whether another page follows.
 */
export async function shiftActivities(db: Trx, shiftId: string, page: Page) {
  let query = db
    .selectFrom('activities')
    .innerJoin('cards', 'cards.id', 'activities.card_id')
    .leftJoin('redemptions', 'redemptions.id', 'activities.redemption_id')
    .select(['activities.id', 'activities.kind', 'activities.amount_minor', 'activities.created_at', 'cards.last4'])
    .select(['activities.redemption_id', 'redemptions.status as redemption_status'])
    .where('activities.shift_id', '=', shiftId);
  if (page.after !== null) {
    const [createdAt = '', id = ''] = page.after;
    query = query.where((eb) =>
      eb(eb.refTuple('activities.created_at', 'activities.id'), '>', eb.tuple(createdAt, id)),
    );
  }
  return query
    .orderBy('activities.created_at')
    .orderBy('activities.id')
    .limit(page.limit + 1)
    .execute();
}
