/** What a store's manager sees and does in the Security panel: open alerts, running waits, lifting. */
import type { LiftDelayRequest, SecurityOverview } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { dismissAlert, openAlerts } from './security-alerts.js';
import { liftDelays, runningDelaysOfStore } from './throttle.repository.js';

const SOURCE_KINDS = ['entry_terminal', 'entry_cashier', 'signin', 'approval'] as const;

export async function securityOverview(ctx: BackendContext, storeId: string): Promise<SecurityOverview> {
  const db = ctx.database.db;
  const nowIso = ctx.clock.now().toISOString();
  const delays = await runningDelaysOfStore(db, storeId, SOURCE_KINDS, nowIso);
  return {
    alerts: await openAlerts(db, storeId),
    delays: delays.flatMap((row) =>
      row.kind === 'entry_store' || row.kind === 'pin_store' || row.delayed_until === null
        ? []
        : [
            {
              kind: row.kind,
              subject: row.subject,
              terminalName: row.terminal_name,
              staffName: row.staff_name,
              staffId: row.staff_id,
              failureCount: row.failure_count,
              delayedUntil: row.delayed_until,
            },
          ],
    ),
  };
}

export async function liftStoreDelay(
  ctx: BackendContext,
  input: LiftDelayRequest & { storeId: string; managerId: string },
): Promise<number> {
  const nowIso = ctx.clock.now().toISOString();
  const lifted = await inWriteTransaction(ctx.database, (trx) =>
    liftDelays(trx, { storeId: input.storeId, kinds: [input.kind], subject: input.subject }, input.managerId, nowIso),
  );
  if (lifted > 0) ctx.log?.warn({ kind: input.kind, storeId: input.storeId, liftedBy: input.managerId }, 'wait lifted');
  return lifted;
}

export async function dismissStoreAlert(
  ctx: BackendContext,
  input: { storeId: string; alertId: string; managerId: string },
): Promise<void> {
  const nowIso = ctx.clock.now().toISOString();
  const done = await inWriteTransaction(ctx.database, (trx) => dismissAlert(trx, { ...input, nowIso }));
  if (!done) throw new ApiError('not_found', 'no open alert with this id in this store');
}
