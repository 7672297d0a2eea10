import { sql } from 'kysely';
import type { PairingLimits } from '../config.js';
import type { PairingAttemptScope } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';

/** Failed pairing attempts are counted per caller and for all callers together. */
function scopesOf(clientAddress: string): Array<[PairingAttemptScope, string]> {
  return [
    ['client', clientAddress],
    ['all', 'all'],
  ];
}

/** When pairing is refused until for this caller, or null while it is open. */
export async function pairingLockedUntil(db: Trx, clientAddress: string, nowIso: string): Promise<string | null> {
  const rows = await db
    .selectFrom('pairing_attempts')
    .select('locked_until')
    .where((eb) =>
      eb.or(scopesOf(clientAddress).map(([scope, id]) => eb.and([eb('scope', '=', scope), eb('scope_id', '=', id)]))),
    )
    .where('locked_until', '>', nowIso)
    .execute();
  const ends = rows.map((row) => row.locked_until).filter((end): end is string => end !== null);
  return ends.length === 0 ? null : ends.sort().at(-1)!;
}

/** Counts one wrong code; returns when pairing is now refused until, if this one reached a limit. */
export async function recordPairingFailure(
  trx: Trx,
  clientAddress: string,
  limits: PairingLimits,
  now: Date,
): Promise<string | null> {
  const nowIso = now.toISOString();
  const windowStartIso = new Date(now.getTime() - limits.windowMs).toISOString();
  // A failure older than the window starts a new count.
  const expired = sql<boolean>`pairing_attempts.window_started_at < ${windowStartIso}`;
  let lockedUntil: string | null = null;
  for (const [scope, scopeId] of scopesOf(clientAddress)) {
    const row = await trx
      .insertInto('pairing_attempts')
      .values({ scope, scope_id: scopeId, window_started_at: nowIso, failure_count: 1, locked_until: null })
      .onConflict((oc) =>
        oc.columns(['scope', 'scope_id']).doUpdateSet({
          failure_count: sql<number>`case when ${expired} then 1 else pairing_attempts.failure_count + 1 end`,
          window_started_at: sql<string>`case when ${expired} then cast(${nowIso} as text) else pairing_attempts.window_started_at end`,
        }),
      )
      .returning('failure_count')
      .executeTakeFirstOrThrow();
    if (row.failure_count < (scope === 'client' ? limits.perClient : limits.overall)) continue;
    lockedUntil = new Date(now.getTime() + limits.lockMs).toISOString();
    // The count starts afresh, so the end of the pause gives a full set of attempts again.
    await trx
      .updateTable('pairing_attempts')
      .set({ locked_until: lockedUntil, failure_count: 0, window_started_at: nowIso })
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .execute();
  }
  return lockedUntil;
}
