/**
 * Failure counts and delays per source, in the database so every backend instance agrees. One
 * row per (kind, subject); see migrations/0005-throttles.ts.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, ThrottleKind } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';
import { delayAfter, type ThrottlePolicy } from './throttle-policy.js';

export interface ThrottleSource {
  kind: ThrottleKind;
  subject: string;
  storeId: string;
  terminalId: string | null;
  staffId: string | null;
}

export interface CountedFailure {
  failureCount: number;
  /** Set when this failure started a wait. */
  delayedUntil: string | null;
}

/**
 * Adds one failure to the source's count. `restart` says when the count starts afresh: 'quiet'
 * after policy.quietMs without a failure (sources), 'window' once the first failure of the count
 * is older than windowMs (store-wide rates).
 */
export async function countFailure(
  trx: Trx,
  source: ThrottleSource,
  restart: { by: 'quiet' | 'window'; afterMs: number },
  now: Date,
): Promise<number> {
  const nowIso = now.toISOString();
  const sinceIso = new Date(now.getTime() - restart.afterMs).toISOString();
  const stale =
    restart.by === 'quiet'
      ? sql<boolean>`throttles.last_failure_at < ${sinceIso}`
      : sql<boolean>`throttles.window_started_at < ${sinceIso}`;
  const row = await trx
    .insertInto('throttles')
    .values({
      kind: source.kind,
      subject: source.subject,
      store_id: source.storeId,
      terminal_id: source.terminalId,
      staff_id: source.staffId,
      failure_count: 1,
      window_started_at: nowIso,
      last_failure_at: nowIso,
      delayed_until: null,
      lifted_by: null,
      lifted_at: null,
    })
    .onConflict((oc) =>
      oc.columns(['kind', 'subject']).doUpdateSet({
        failure_count: sql<number>`case when ${stale} then 1 else throttles.failure_count + 1 end`,
        window_started_at: sql<string>`case when ${stale} then cast(${nowIso} as text) else throttles.window_started_at end`,
        last_failure_at: nowIso,
      }),
    )
    .returning('failure_count')
    .executeTakeFirstOrThrow();
  return row.failure_count;
}

/** Counts a source's failure and, when the count calls for it, starts its wait. */
export async function recordSourceFailure(
  trx: Trx,
  source: ThrottleSource,
  policy: ThrottlePolicy,
  now: Date,
): Promise<CountedFailure> {
  const failureCount = await countFailure(trx, source, { by: 'quiet', afterMs: policy.quietMs }, now);
  const delayMs = delayAfter(failureCount, policy);
  if (delayMs === 0) return { failureCount, delayedUntil: null };
  const delayedUntil = new Date(now.getTime() + delayMs).toISOString();
  await trx
    .updateTable('throttles')
    .set({ delayed_until: delayedUntil, lifted_by: null, lifted_at: null })
    .where('kind', '=', source.kind)
    .where('subject', '=', source.subject)
    .execute();
  return { failureCount, delayedUntil };
}

/** The latest end of the sources' waits still running, or null. */
export async function activeDelayUntil(
  db: Trx,
  sources: ReadonlyArray<{ kind: ThrottleKind; subject: string }>,
  nowIso: string,
): Promise<string | null> {
  if (sources.length === 0) return null;
  const row = await db
    .selectFrom('throttles')
    .select((eb) => eb.fn.max('delayed_until').as('until'))
    .where((eb) => eb.or(sources.map((s) => eb.and([eb('kind', '=', s.kind), eb('subject', '=', s.subject)]))))
    .where('delayed_until', '>', nowIso)
    .executeTakeFirst();
  return row?.until ?? null;
}

/** A right PIN: the source's count starts afresh. */
export async function forgetSource(trx: Trx, kind: ThrottleKind, subject: string): Promise<void> {
  await trx.deleteFrom('throttles').where('kind', '=', kind).where('subject', '=', subject).execute();
}

export interface DelayFilter {
  storeId?: string;
  terminalId?: string;
  staffId?: string;
  kinds?: readonly ThrottleKind[];
  subject?: string;
}

/** Ends matching waits now and starts their counts afresh; returns how many waits were running. */
export async function liftDelays(trx: Trx, filter: DelayFilter, liftedBy: string, nowIso: string): Promise<number> {
  const result = await trx
    .updateTable('throttles')
    .set({ delayed_until: null, failure_count: 0, window_started_at: nowIso, lifted_by: liftedBy, lifted_at: nowIso })
    .where('delayed_until', '>', nowIso)
    .where((eb) => matching(eb, filter))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface ActiveDelay {
  kind: ThrottleKind;
  subject: string;
  storeId: string;
  terminalId: string | null;
  staffId: string | null;
  failureCount: number;
  delayedUntil: string;
}

export async function listActiveDelays(db: Trx, filter: DelayFilter, nowIso: string): Promise<ActiveDelay[]> {
  const rows = await db
    .selectFrom('throttles')
    .selectAll()
    .where('delayed_until', '>', nowIso)
    .where((eb) => matching(eb, filter))
    .orderBy('delayed_until', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    kind: row.kind,
    subject: row.subject,
    storeId: row.store_id,
    terminalId: row.terminal_id,
    staffId: row.staff_id,
    failureCount: row.failure_count,
    delayedUntil: row.delayed_until ?? nowIso,
  }));
}

function matching(eb: ExpressionBuilder<Database, 'throttles'>, filter: DelayFilter) {
  const parts: Array<Expression<SqlBool>> = [];
  if (filter.storeId !== undefined) parts.push(eb('store_id', '=', filter.storeId));
  if (filter.terminalId !== undefined) parts.push(eb('terminal_id', '=', filter.terminalId));
  if (filter.staffId !== undefined) parts.push(eb('staff_id', '=', filter.staffId));
  if (filter.kinds !== undefined) parts.push(eb('kind', 'in', filter.kinds));
  if (filter.subject !== undefined) parts.push(eb('subject', '=', filter.subject));
  return eb.and(parts);
}

/** The store's running waits of these kinds, latest ending first, with terminal and staff names. */
export async function runningDelaysOfStore(db: Trx, storeId: string, kinds: readonly ThrottleKind[], nowIso: string) {
  return db
    .selectFrom('throttles as w')
    .leftJoin('terminals as t', 't.id', 'w.terminal_id')
    .leftJoin('staff as s', 's.id', 'w.staff_id')
    .select([
      'w.kind',
      'w.subject',
      'w.staff_id',
      'w.failure_count',
      'w.delayed_until',
      't.name as terminal_name',
      's.name as staff_name',
    ])
    .where('w.store_id', '=', storeId)
    .where('w.kind', 'in', kinds)
    .where('w.delayed_until', '>', nowIso)
    .orderBy('w.delayed_until', 'desc')
    .limit(200)
    .execute();
}
