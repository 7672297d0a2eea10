import { pinSchema, staffIdSchema, type Role } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { createStaff, type StaffMember } from '../staff/staff.service.js';

/**
 * Adds a cashier or manager. With an id, that id is what they type at sign-in (for example the
 * number on their badge); without one, an id is made up. Ids are unique across all stores.
 */
export async function addStaff(
  ctx: BackendContext,
  input: { storeId: string; id?: string; name: string; role: Role; pin: string },
): Promise<StaffMember> {
  if (!pinSchema.safeParse(input.pin).success) throw new ApiError('bad_request', 'a PIN is 4 to 8 digits');
  if (input.id === undefined) return createStaff(ctx, input);
  if (!staffIdSchema.safeParse(input.id).success) throw new ApiError('bad_request', 'a staff id is 1 to 64 characters');
  const existing = await findStaff(ctx, input.id);
  if (existing !== undefined) throw new ApiError('bad_request', `staff id ${input.id} is taken`);
  return createStaff(ctx, input);
}

export async function findStaff(ctx: BackendContext, staffId: string): Promise<StaffMember | undefined> {
  const row = await ctx.database.db
    .selectFrom('staff')
    .select(['id', 'store_id', 'name', 'role'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, storeId: row.store_id, name: row.name, role: row.role };
}
