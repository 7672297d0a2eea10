/**
 * Store-wide bursts of failures become an alert for the store's managers (manager view, log),
 * never a lock: a store under attack keeps taking gift cards while each guessing source waits.
 * While an alert is open (not dismissed), further bursts add to it instead of raising another.
 */
import type { BackendContext } from '../context.js';
import type { SecurityAlertKind } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';
import { newId } from '../ids.js';
import { countFailure } from './throttle.repository.js';

export interface SecurityAlert {
  id: string;
  kind: SecurityAlertKind;
  raisedAt: string;
  lastSeenAt: string;
  failureCount: number;
}

/** Counts one failure in the store's rate; at the limit, raises (or adds to) the open alert. */
export async function countStoreFailure(
  trx: Trx,
  ctx: BackendContext,
  input: { storeId: string; terminalId: string; kind: SecurityAlertKind },
): Promise<void> {
  const limits = ctx.config.throttle.storeAlert;
  const limit = input.kind === 'lookup_failures' ? limits.lookupFailures : limits.pinFailures;
  const now = ctx.clock.now();
  const source = {
    kind: input.kind === 'lookup_failures' ? ('entry_store' as const) : ('pin_store' as const),
    subject: input.storeId,
    storeId: input.storeId,
    terminalId: null,
    staffId: null,
  };
  const count = await countFailure(trx, source, { by: 'window', afterMs: limits.windowMs }, now);
  if (count < limit) return;
  // The rate starts afresh, so the next burst of the same size adds to the alert again.
  await trx
    .updateTable('throttles')
    .set({ failure_count: 0, window_started_at: now.toISOString() })
    .where('kind', '=', source.kind)
    .where('subject', '=', source.subject)
    .execute();
  const alertId = await raiseAlert(trx, input.storeId, input.kind, count, now.toISOString());
  ctx.log?.warn(
    { alertId, storeId: input.storeId, kind: input.kind, failures: count, windowMs: limits.windowMs },
    'security alert: store-wide failure rate reached',
  );
}

async function raiseAlert(
  trx: Trx,
  storeId: string,
  kind: SecurityAlertKind,
  failures: number,
  nowIso: string,
): Promise<string> {
  const open = await trx
    .selectFrom('security_alerts')
    .select('id')
    .where('store_id', '=', storeId)
    .where('kind', '=', kind)
    .where('dismissed_at', 'is', null)
    .executeTakeFirst();
  if (open !== undefined) {
    await trx
      .updateTable('security_alerts')
      .set((eb) => ({ failure_count: eb('failure_count', '+', failures), last_seen_at: nowIso }))
      .where('id', '=', open.id)
      .execute();
    return open.id;
  }
  const id = newId('sal');
  await trx
    .insertInto('security_alerts')
    .values({
      id,
      store_id: storeId,
      kind,
      raised_at: nowIso,
      last_seen_at: nowIso,
      failure_count: failures,
      dismissed_by: null,
      dismissed_at: null,
    })
    .execute();
  return id;
}

/** The store's alerts not yet dismissed, newest first. */
export async function openAlerts(db: Trx, storeId: string): Promise<SecurityAlert[]> {
  const rows = await db
    .selectFrom('security_alerts')
    .selectAll()
    .where('store_id', '=', storeId)
    .where('dismissed_at', 'is', null)
    .orderBy('raised_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    raisedAt: row.raised_at,
    lastSeenAt: row.last_seen_at,
    failureCount: row.failure_count,
  }));
}

/** Marks an open alert of the store dismissed by the manager; false when there is none. */
export async function dismissAlert(
  trx: Trx,
  input: { storeId: string; alertId: string; managerId: string; nowIso: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('security_alerts')
    .set({ dismissed_by: input.managerId, dismissed_at: input.nowIso })
    .where('id', '=', input.alertId)
    .where('store_id', '=', input.storeId)
    .where('dismissed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
