import { pinSchema, staffIdSchema, type Role } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { hashPin } from '../crypto/pin.js';
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
  await ctx.database.db
    .insertInto('staff')
    .values({
      id: input.id,
      store_id: input.storeId,
      name: input.name,
      role: input.role,
      pin_hash: await hashPin(input.pin),
      failed_pin_count: 0,
      pin_locked_until: null,
      created_at: isoNow(ctx.clock),
      disabled_at: null,
    })
    .execute();
  return { id: input.id, storeId: input.storeId, name: input.name, role: input.role };
}

export async function findStaff(ctx: BackendContext, staffId: string): Promise<StaffMember | undefined> {
  const row = await ctx.database.db
    .selectFrom('staff')
    .select(['id', 'store_id', 'name', 'role'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, storeId: row.store_id, name: row.name, role: row.role };
}
