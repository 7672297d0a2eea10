/**
 * Code entry throttling: failed lookups are counted per terminal and per cashier, and only the
 * source that reached its count waits (throttle/throttle-policy.ts); every other terminal and
 * cashier of the store keeps working. A store-wide burst raises an alert for managers instead.
 * Only a well-formed code that names no card counts: a malformed code or a failed check character
 * (a misread) is refused before counting, and so is a product barcode typed into the code field.
 */
import { normalizeCode } from '../../shared/claim-code.js';
import { isProductBarcode } from '../../shared/scan-payload.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import { verifyManagerPin } from '../auth/staff-pin.js';
import type { BackendContext } from '../context.js';
import type { ThrottleKind } from '../db/schema.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import type { ApiError } from '../http/api-error.js';
import { newId } from '../ids.js';
import { countStoreFailure } from '../throttle/security-alerts.js';
import { entryDelayed } from '../throttle/throttle-policy.js';
import { activeDelayUntil, liftDelays, recordSourceFailure } from '../throttle/throttle.repository.js';
import { insertLockoutEvent, markTerminalUnlocked } from './lockout-events.repository.js';

export interface LockTarget {
  storeId: string;
  terminalId: string;
  cashierId: string | null;
  shiftId: string | null;
}

export function lockTarget(terminal: AuthTerminal, session: AuthSession | null): LockTarget {
  return {
    storeId: terminal.store.id,
    terminalId: terminal.id,
    cashierId: session?.staffId ?? null,
    shiftId: session?.shiftId ?? null,
  };
}

/** The sources a failed lookup counts against: the terminal, and the signed-in cashier. */
function entrySources(target: LockTarget): Array<{ kind: ThrottleKind; subject: string; staffId: string | null }> {
  const sources: Array<{ kind: ThrottleKind; subject: string; staffId: string | null }> = [
    { kind: 'entry_terminal', subject: target.terminalId, staffId: null },
  ];
  if (target.cashierId !== null) {
    sources.push({ kind: 'entry_cashier', subject: target.cashierId, staffId: target.cashierId });
  }
  return sources;
}

/** Throws entry_delayed while this terminal or this cashier waits. Checked before any card is read. */
export async function assertEntryOpen(db: Trx, ctx: BackendContext, target: LockTarget): Promise<void> {
  const now = ctx.clock.now();
  const retryAt = await activeDelayUntil(db, entrySources(target), now.toISOString());
  if (retryAt !== null) throw entryDelayed(retryAt, now);
}

/**
 * Records a failed lookup and returns the error to answer with: the original one, or
 * entry_delayed when this failure started a wait. Only card_not_found for a code that is not a
 * product barcode counts; anything else is returned as it is.
 */
export async function failedLookup(
  trx: Trx,
  ctx: BackendContext,
  target: LockTarget,
  original: ApiError,
  code: string,
): Promise<ApiError> {
  if (original.code !== 'card_not_found' || isProductBarcode(normalizeCode(code))) return original;
  const now = ctx.clock.now();
  let retryAt: string | null = null;
  for (const source of entrySources(target)) {
    const counted = await recordSourceFailure(
      trx,
      // A cashier's count spans terminals: it names no terminal.
      { ...source, storeId: target.storeId, terminalId: source.staffId === null ? target.terminalId : null },
      ctx.config.throttle.entry,
      now,
    );
    if (counted.delayedUntil !== null && (retryAt === null || counted.delayedUntil > retryAt)) {
      retryAt = counted.delayedUntil;
    }
  }
  await countStoreFailure(trx, ctx, {
    storeId: target.storeId,
    terminalId: target.terminalId,
    kind: 'lookup_failures',
  });
  if (retryAt === null) return original;
  await recordLockoutEvent(trx, target, now.toISOString(), retryAt);
  return entryDelayed(retryAt, now);
}

/** One row per wait that started, for the shift report's count and /metrics. */
async function recordLockoutEvent(trx: Trx, target: LockTarget, nowIso: string, until: string): Promise<void> {
  await insertLockoutEvent(trx, {
    id: newId('lck'),
    scope: 'terminal',
    scope_id: target.terminalId,
    store_id: target.storeId,
    terminal_id: target.terminalId,
    cashier_id: target.cashierId,
    shift_id: target.shiftId,
    locked_at: nowIso,
    locked_until: until,
  });
}

/** A manager's PIN at the counter ends the wait of this terminal and of the signed-in cashier. */
export async function unlockWithManager(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  approval: { managerId: string; managerPin: string },
): Promise<void> {
  const manager = await verifyManagerPin(ctx, terminal, approval.managerId, approval.managerPin);
  const target = lockTarget(terminal, session);
  const nowIso = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.database, async (trx) => {
    for (const source of entrySources(target)) {
      await liftDelays(trx, { kinds: [source.kind], subject: source.subject }, manager.id, nowIso);
    }
    await markTerminalUnlocked(trx, target.terminalId, manager.id, nowIso);
  });
}
