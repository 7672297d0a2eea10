/**
 * `delays list` and `delays lift`: the owner's way to see and end any running wait (code entry of
 * a terminal or cashier, sign-in or approvals of one ID on one terminal), for instance when no
 * manager can sign in. Lifting starts the source's count afresh.
 */
import type { BackendContext } from '../../context.js';
import { inWriteTransaction } from '../../db/transaction.js';
import { ApiError } from '../../http/api-error.js';
import { liftDelays, listActiveDelays, type DelayFilter } from '../../throttle/throttle.repository.js';
import type { CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';

function filterOf(args: CliArgs): DelayFilter {
  const filter: DelayFilter = {};
  if (args.values.store !== undefined) filter.storeId = args.values.store;
  if (args.values.terminal !== undefined) filter.terminalId = args.values.terminal;
  if (args.values.staff !== undefined) filter.staffId = args.values.staff;
  return filter;
}

export async function delaysList(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const nowIso = ctx.clock.now().toISOString();
  const delays = await listActiveDelays(ctx.database.db, filterOf(args), nowIso);
  const waits = delays.filter((delay) => delay.kind !== 'entry_store' && delay.kind !== 'pin_store');
  const lines = waits.map((delay) =>
    [
      delay.kind.padEnd(14),
      `until ${delay.delayedUntil}`,
      `store ${delay.storeId}`,
      delay.terminalId === null ? '' : `terminal ${delay.terminalId}`,
      delay.staffId === null ? '' : `staff ${delay.staffId}`,
      `(${delay.failureCount} failures)`,
    ]
      .filter((part) => part !== '')
      .join('  '),
  );
  return {
    json: { delays: waits },
    text: waits.length === 0 ? 'no waits running' : lines.join('\n'),
  };
}

export async function delaysLift(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const filter = filterOf(args);
  if (Object.keys(filter).length === 0) {
    throw new ApiError('bad_request', 'say which waits to lift: --store ID, --terminal ID and/or --staff ID');
  }
  const nowIso = ctx.clock.now().toISOString();
  const lifted = await inWriteTransaction(ctx.database, (trx) => liftDelays(trx, filter, 'admin-cli', nowIso));
  return { json: { lifted }, text: lifted === 0 ? 'no wait matched: nothing to lift' : `${lifted} wait(s) lifted` };
}
