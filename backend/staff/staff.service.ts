import type { Role } from '../../shared/backend-api.js';
import { pinSchema } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { hashPin } from '../crypto/pin.js';
import { newId } from '../ids.js';

export interface StaffMember {
  id: string;
  storeId: string;
  name: string;
  role: Role;
}

export async function createStaff(
  ctx: BackendContext,
  /** id: what they type at sign-in; made up when absent. */
  input: { storeId: string; id?: string; name: string; role: Role; pin: string },
): Promise<StaffMember> {
  if (!pinSchema.safeParse(input.pin).success) throw new Error('a PIN is 4 to 8 digits');
  const id = input.id ?? newId(input.role === 'manager' ? 'mgr' : 'csh');
  await ctx.database.db
    .insertInto('staff')
    .values({
      id,
      store_id: input.storeId,
      name: input.name,
      role: input.role,
      pin_hash: await hashPin(input.pin),
      pin_length: input.pin.length,
      failed_pin_count: 0,
      pin_locked_until: null,
      created_at: isoNow(ctx.clock),
      disabled_at: null,
    })
    .execute();
  return { id, storeId: input.storeId, name: input.name, role: input.role };
}
