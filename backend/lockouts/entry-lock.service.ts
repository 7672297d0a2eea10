import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import { verifyManagerPin } from '../auth/staff-pin.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { activeLockUntil, recordLookupFailure, unlockEntry, type LockTarget } from './entry-lock.repository.js';

export function lockTarget(terminal: AuthTerminal, session: AuthSession | null): LockTarget {
  return {
    storeId: terminal.store.id,
    terminalId: terminal.id,
    cashierId: session?.staffId ?? null,
    shiftId: session?.shiftId ?? null,
  };
}

export function entryLocked(lockedUntil: string): ApiError {
  return new ApiError('entry_locked', 'code entry is locked after too many failed lookups', { lockedUntil });
}

/** Throws entry_locked while the terminal or its store is locked. Checked before any card is read. */
export async function assertEntryOpen(db: Trx, ctx: BackendContext, target: LockTarget): Promise<void> {
  const lockedUntil = await activeLockUntil(db, target, ctx.clock.now().toISOString());
  if (lockedUntil !== null) throw entryLocked(lockedUntil);
}

/**
 * Records a failed lookup (unknown or malformed code) and returns the error to answer with:
 * the original one, or entry_locked when this failure reached a limit.
 */
export async function failedLookup(
  trx: Trx,
  ctx: BackendContext,
  target: LockTarget,
  original: ApiError,
): Promise<ApiError> {
  const lockedUntil = await recordLookupFailure(trx, target, ctx.config.entryLock, ctx.clock.now());
  return lockedUntil === null ? original : entryLocked(lockedUntil);
}

/** A manager's PIN at the counter ends the lock of this terminal and of its store. */
export async function unlockWithManager(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  approval: { managerId: string; managerPin: string },
): Promise<void> {
  const manager = await verifyManagerPin(ctx, terminal.store.id, approval.managerId, approval.managerPin);
  await inWriteTransaction(ctx.database, (trx) =>
    unlockEntry(trx, lockTarget(terminal, session), manager.id, ctx.clock.now().toISOString()),
  );
}
