import { pinSchema, staffIdSchema, type Role } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { hashPin } from '../crypto/pin.js';
import { ApiError } from '../http/api-error.js';
import { pinNeedsRenewal, pinPolicyProblem } from '../staff/pin-policy.js';
import { createStaff, type StaffMember } from '../staff/staff.service.js';
import { findStaffRow, listStaffRows, setPinHash } from '../staff/staff.repository.js';

/**
 * Adds a cashier or manager. With an id, that id is what they type at sign-in (for example the
 * number on their badge); without one, an id is made up. Ids are unique across all stores.
 */
export async function addStaff(
  ctx: BackendContext,
  input: { storeId: string; id?: string; name: string; role: Role; pin: string },
): Promise<StaffMember> {
  if (!pinSchema.safeParse(input.pin).success) throw new ApiError('bad_request', 'a PIN is 4 to 8 digits');
  const weak = pinPolicyProblem(input.role, input.pin);
  if (weak !== null) throw new ApiError('bad_request', weak);
  if (input.id === undefined) return createStaff(ctx, input);
  if (!staffIdSchema.safeParse(input.id).success) throw new ApiError('bad_request', 'a staff id is 1 to 64 characters');
  const existing = await findStaff(ctx, input.id);
  if (existing !== undefined) throw new ApiError('bad_request', `staff id ${input.id} is taken`);
  return createStaff(ctx, input);
}

export async function findStaff(ctx: BackendContext, staffId: string): Promise<StaffMember | undefined> {
  const row = await findStaffRow(ctx.database.db, staffId);
  return row === undefined ? undefined : { id: row.id, storeId: row.store_id, name: row.name, role: row.role };
}

export interface StaffListEntry extends StaffMember {
  disabled: boolean;
  /** A manager whose PIN is shorter than the minimum (or of unknown length): set a new one. */
  pinNeedsRenewal: boolean;
}

/** Everyone on staff, optionally of one store, with managers whose PIN is too short flagged. */
export async function listStaff(ctx: BackendContext, storeId?: string): Promise<StaffListEntry[]> {
  return (await listStaffRows(ctx.database.db, storeId)).map((row) => ({
    id: row.id,
    storeId: row.store_id,
    name: row.name,
    role: row.role,
    disabled: row.disabled_at !== null,
    pinNeedsRenewal: pinNeedsRenewal(row.role, row.pin_length),
  }));
}

/** Sets a new PIN (the way to renew a flagged one); the same rules as for new staff. */
export async function setStaffPin(ctx: BackendContext, staffId: string, pin: string): Promise<StaffMember> {
  const member = await findStaff(ctx, staffId);
  if (member === undefined) throw new ApiError('not_found', `no staff member ${staffId}`);
  if (!pinSchema.safeParse(pin).success) throw new ApiError('bad_request', 'a PIN is 4 to 8 digits');
  const weak = pinPolicyProblem(member.role, pin);
  if (weak !== null) throw new ApiError('bad_request', weak);
  await setPinHash(ctx.database.db, staffId, await hashPin(pin), pin.length);
  return member;
}
