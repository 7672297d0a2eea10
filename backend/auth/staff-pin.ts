/**
 * PIN checks for sign-in and manager approvals, throttled per (terminal, staff member): wrong PINs
 * on one terminal make only that terminal wait for that ID, so the right PIN still works on any
 * other terminal, and a wrong sign-in never holds up an approval (the two count apart). Unknown
 * IDs share one count per terminal, so guessing IDs neither escapes the wait nor fills the table.
 * The scrypt work runs outside any transaction (it takes tens of ms and would hold SQLite's write
 * lock); a failure is then written in its own short transaction, so it counts even when the
 * caller's request fails.
 */
import type { Selectable } from 'kysely';
import type { BackendContext } from '../context.js';
import { hashPin, verifyPin } from '../crypto/pin.js';
import type { StaffTable } from '../db/schema.js';
import { inWriteTransaction } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { countStoreFailure } from '../throttle/security-alerts.js';
import { secondsUntil, triesBeforeWait } from '../throttle/throttle-policy.js';
import { forgetSource, recordSourceFailure, type ThrottleSource } from '../throttle/throttle.repository.js';
import type { AuthTerminal } from './auth.types.js';

export type StaffRow = Selectable<StaffTable>;

/** 'signin' opens a session; 'approval' is a manager's PIN given at the counter. */
export type PinPurpose = 'signin' | 'approval';

const UNKNOWN_ID = '?';

/** Checked for unknown ids, so a wrong id takes as long as a wrong PIN and does not reveal itself. */
let unknownIdHash: Promise<string> | undefined;

/**
 * Returns the staff member when the PIN matches. Otherwise throws pin_wrong / manager_pin_wrong
 * (details.triesBeforeWait), or signin_delayed / approval_delayed (details.retryAt) while this
 * terminal waits for this ID.
 */
export async function checkStaffPin(
  ctx: BackendContext,
  input: { terminal: AuthTerminal; staffId: string; pin: string; purpose: PinPurpose },
): Promise<StaffRow> {
  const storeId = input.terminal.store.id;
  const staff = await ctx.database.db
    .selectFrom('staff')
    .selectAll()
    .where('id', '=', input.staffId)
    .where('store_id', '=', storeId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  const source: ThrottleSource = {
    kind: input.purpose,
    subject: `${input.terminal.id} ${staff?.id ?? UNKNOWN_ID}`,
    storeId,
    terminalId: input.terminal.id,
    staffId: staff?.id ?? null,
  };
  const now = ctx.clock.now();
  const counted = await ctx.database.db
    .selectFrom('throttles')
    .select(['failure_count', 'delayed_until'])
    .where('kind', '=', source.kind)
    .where('subject', '=', source.subject)
    .executeTakeFirst();
  const waitingUntil = counted?.delayed_until ?? null;
  if (waitingUntil !== null && waitingUntil > now.toISOString()) throw pinDelayed(input.purpose, waitingUntil, now);
  unknownIdHash ??= hashPin('unknown-id');
  const matches = await verifyPin(input.pin, staff?.pin_hash ?? (await unknownIdHash));
  if (staff !== undefined && matches) {
    if (counted !== undefined) {
      await inWriteTransaction(ctx.database, (trx) => forgetSource(trx, source.kind, source.subject));
    }
    return staff;
  }
  const failure = await inWriteTransaction(ctx.database, async (trx) => {
    const result = await recordSourceFailure(trx, source, ctx.config.throttle.pin, now);
    await countStoreFailure(trx, ctx, { storeId, terminalId: input.terminal.id, kind: 'pin_failures' });
    return result;
  });
  if (failure.delayedUntil !== null) throw pinDelayed(input.purpose, failure.delayedUntil, now);
  const details = { triesBeforeWait: triesBeforeWait(failure.failureCount, ctx.config.throttle.pin) };
  if (input.purpose === 'approval') throw new ApiError('manager_pin_wrong', 'manager id or PIN not accepted', details);
  throw new ApiError('pin_wrong', 'staff id or PIN not accepted', details);
}

function pinDelayed(purpose: PinPurpose, retryAt: string, now: Date): ApiError {
  const details = { retryAt, retryAfterSeconds: secondsUntil(retryAt, now) };
  return purpose === 'approval'
    ? new ApiError('approval_delayed', 'too many wrong manager PINs on this terminal', details)
    : new ApiError('signin_delayed', 'too many wrong PINs for this id on this terminal', details);
}

export interface ApprovingManager {
  id: string;
  name: string;
}

/**
 * A manager's approval given at the counter (managerId + managerPin in a request body). Call it
 * before opening the transaction of the approved action. Wrong or unknown → manager_pin_wrong;
 * a cashier's PIN → forbidden; too many wrong PINs here → approval_delayed. Wrong sign-in PINs
 * never delay an approval.
 */
export async function verifyManagerPin(
  ctx: BackendContext,
  terminal: AuthTerminal,
  managerId: string,
  pin: string,
): Promise<ApprovingManager> {
  const staff = await checkStaffPin(ctx, { terminal, staffId: managerId, pin, purpose: 'approval' });
  if (staff.role !== 'manager') throw new ApiError('forbidden', 'approval needs a manager');
  return { id: staff.id, name: staff.name };
}
