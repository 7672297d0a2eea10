/**
 * PIN checks for sign-in and manager approvals. The scrypt work runs outside any transaction (it
 * takes tens of ms and would hold SQLite's write lock); the failure count is then written in its
 * own short transaction, so a wrong PIN counts even when the caller's request fails.
 */
import type { Selectable } from 'kysely';
import type { BackendContext } from '../context.js';
import { isoAfter } from '../clock.js';
import { verifyPin } from '../crypto/pin.js';
import type { StaffTable } from '../db/schema.js';
import { inWriteTransaction } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';

export type StaffRow = Selectable<StaffTable>;

/** Returns the staff member when the PIN matches; throws unauthorized or signin_locked otherwise. */
export async function checkStaffPin(
  ctx: BackendContext,
  input: { storeId: string; staffId: string; pin: string },
): Promise<StaffRow> {
  const staff = await ctx.database.db
    .selectFrom('staff')
    .selectAll()
    .where('id', '=', input.staffId)
    .where('store_id', '=', input.storeId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (staff === undefined) throw new ApiError('unauthorized', 'staff id or PIN not recognised');
  const now = ctx.clock.now().toISOString();
  if (staff.pin_locked_until !== null && staff.pin_locked_until > now) {
    throw new ApiError('signin_locked', 'too many wrong PINs', { lockedUntil: staff.pin_locked_until });
  }
  if (await verifyPin(input.pin, staff.pin_hash)) {
    if (staff.failed_pin_count > 0 || staff.pin_locked_until !== null) await resetFailures(ctx, staff.id);
    return staff;
  }
  const lockedUntil = await countFailure(ctx, staff.id);
  if (lockedUntil !== null) throw new ApiError('signin_locked', 'too many wrong PINs', { lockedUntil });
  throw new ApiError('unauthorized', 'staff id or PIN not recognised');
}

async function resetFailures(ctx: BackendContext, staffId: string): Promise<void> {
  await inWriteTransaction(ctx.database, (trx) =>
    trx.updateTable('staff').set({ failed_pin_count: 0, pin_locked_until: null }).where('id', '=', staffId).execute(),
  );
}

/** Adds one failure; at the limit, locks the PIN for pinLock.lockMs and starts counting afresh. */
async function countFailure(ctx: BackendContext, staffId: string): Promise<string | null> {
  return inWriteTransaction(ctx.database, async (trx) => {
    const row = await trx
      .updateTable('staff')
      .set((eb) => ({ failed_pin_count: eb('failed_pin_count', '+', 1) }))
      .where('id', '=', staffId)
      .returning('failed_pin_count')
      .executeTakeFirstOrThrow();
    if (row.failed_pin_count < ctx.config.pinLock.maxFailures) return null;
    const lockedUntil = isoAfter(ctx.clock, ctx.config.pinLock.lockMs);
    await trx
      .updateTable('staff')
      .set({ failed_pin_count: 0, pin_locked_until: lockedUntil })
      .where('id', '=', staffId)
      .execute();
    return lockedUntil;
  });
}

export interface ApprovingManager {
  id: string;
  name: string;
}

/**
 * A manager's approval given at the counter (managerId + managerPin in a request body). Call it
 * before opening the transaction of the approved action. Wrong or unknown → manager_approval_required;
 * a cashier's PIN → forbidden; too many wrong PINs → signin_locked.
 */
export async function verifyManagerPin(
  ctx: BackendContext,
  storeId: string,
  managerId: string,
  pin: string,
): Promise<ApprovingManager> {
  let staff: StaffRow;
  try {
    staff = await checkStaffPin(ctx, { storeId, staffId: managerId, pin });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthorized') {
      throw new ApiError('manager_approval_required', 'manager id or PIN not accepted');
    }
    throw error;
  }
  if (staff.role !== 'manager') throw new ApiError('forbidden', 'approval needs a manager');
  return { id: staff.id, name: staff.name };
}
