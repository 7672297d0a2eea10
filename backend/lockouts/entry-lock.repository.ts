import { sql } from 'kysely';
import type { EntryLockLimits } from '../config.js';
import type { LockScope } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';
import { newId } from '../ids.js';

export interface LockTarget {
  storeId: string;
  terminalId: string;
  cashierId: string | null;
  shiftId: string | null;
}

/** The later end of the terminal's and the store's lock, or null when code entry is open. */
export async function activeLockUntil(db: Trx, target: LockTarget, nowIso: string): Promise<string | null> {
  const rows = await db
    .selectFrom('entry_locks')
    .select('locked_until')
    .where((eb) =>
      eb.or([
        eb.and([eb('scope', '=', 'terminal'), eb('scope_id', '=', target.terminalId)]),
        eb.and([eb('scope', '=', 'store'), eb('scope_id', '=', target.storeId)]),
      ]),
    )
    .where('locked_until', '>', nowIso)
    .execute();
  const ends = rows.map((row) => row.locked_until).filter((end): end is string => end !== null);
  return ends.length === 0 ? null : ends.sort().at(-1)!;
}

/**
 * Counts one failed lookup for the terminal and for the store, in the database so every backend
 * instance agrees. Returns when code entry is now locked until, if this failure reached a limit.
 */
export async function recordLookupFailure(
  trx: Trx,
  target: LockTarget,
  limits: EntryLockLimits,
  now: Date,
): Promise<string | null> {
  const scopes: Array<[LockScope, string, number]> = [
    ['terminal', target.terminalId, limits.perTerminal],
    ['store', target.storeId, limits.perStore],
  ];
  let lockedUntil: string | null = null;
  for (const [scope, scopeId, limit] of scopes) {
    const count = await countFailure(trx, scope, scopeId, limits.windowMs, now);
    if (count < limit) continue;
    lockedUntil = new Date(now.getTime() + limits.lockMs).toISOString();
    await startLock(trx, scope, scopeId, target, now.toISOString(), lockedUntil);
  }
  return lockedUntil;
}

async function countFailure(trx: Trx, scope: LockScope, scopeId: string, windowMs: number, now: Date): Promise<number> {
  const nowIso = now.toISOString();
  const windowStartIso = new Date(now.getTime() - windowMs).toISOString();
  // A failure older than the window starts a new count.
  const expired = sql<boolean>`entry_locks.window_started_at < ${windowStartIso}`;
  const row = await trx
    .insertInto('entry_locks')
    .values({ scope, scope_id: scopeId, window_started_at: nowIso, failure_count: 1 })
    .onConflict((oc) =>
      oc.columns(['scope', 'scope_id']).doUpdateSet({
        failure_count: sql<number>`case when ${expired} then 1 else entry_locks.failure_count + 1 end`,
        window_started_at: sql<string>`case when ${expired} then cast(${nowIso} as text) else entry_locks.window_started_at end`,
      }),
    )
    .returning('failure_count')
    .executeTakeFirstOrThrow();
  return row.failure_count;
}

async function startLock(
  trx: Trx,
  scope: LockScope,
  scopeId: string,
  target: LockTarget,
  nowIso: string,
  lockedUntil: string,
): Promise<void> {
  // The count starts afresh, so the cool-down's end gives a full set of attempts again.
  await trx
    .updateTable('entry_locks')
    .set({
      locked_until: lockedUntil,
      failure_count: 0,
      window_started_at: nowIso,
      unlocked_by: null,
      unlocked_at: null,
    })
    .where('scope', '=', scope)
    .where('scope_id', '=', scopeId)
    .execute();
  await trx
    .insertInto('lockout_events')
    .values({
      id: newId('lck'),
      scope,
      scope_id: scopeId,
      store_id: target.storeId,
      terminal_id: target.terminalId,
      cashier_id: target.cashierId,
      shift_id: target.shiftId,
      locked_at: nowIso,
      locked_until: lockedUntil,
    })
    .execute();
}

/** Ends the terminal's and the store's lock and failure counts; returns how many locks were active. */
export async function unlockEntry(trx: Trx, target: LockTarget, managerId: string, nowIso: string): Promise<number> {
  let unlocked = 0;
  for (const [scope, scopeId] of [
    ['terminal', target.terminalId],
    ['store', target.storeId],
  ] as const) {
    const result = await trx
      .updateTable('entry_locks')
      .set({
        locked_until: null,
        failure_count: 0,
        window_started_at: nowIso,
        unlocked_by: managerId,
        unlocked_at: nowIso,
      })
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('locked_until', '>', nowIso)
      .executeTakeFirst();
    unlocked += Number(result.numUpdatedRows);
    await trx
      .updateTable('entry_locks')
      .set({ failure_count: 0, window_started_at: nowIso })
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .execute();
    await trx
      .updateTable('lockout_events')
      .set({ unlocked_by: managerId, unlocked_at: nowIso })
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('unlocked_at', 'is', null)
      .where('locked_until', '>', nowIso)
      .execute();
  }
  return unlocked;
}
