import type { Role } from '../../shared/backend-api.js';
import { pinSchema } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { hashPin } from '../crypto/pin.js';
import { insertStaffRow, staffIds } from './staff.repository.js';

export interface StaffMember {
  id: string;
  storeId: string;
  name: string;
  role: Role;
}

/** Where numbering starts when no ID is given: cashiers from 1001, managers from 9001. */
const FIRST_NUMERIC_ID: Record<Role, number> = { cashier: 1001, manager: 9001 };

/**
 * The lowest free numeric ID from the role's first: what a cashier can type on a till's numeric
 * keypad (a staff table holds a store group's people, so reading its IDs is cheap).
 */
async function nextNumericId(ctx: BackendContext, role: Role): Promise<string> {
  const taken = new Set(await staffIds(ctx.database.db));
  let candidate = FIRST_NUMERIC_ID[role];
  while (taken.has(String(candidate))) candidate += 1;
  return String(candidate);
}

export async function createStaff(
  ctx: BackendContext,
  /** id: what they type at sign-in; the next free number for the role when absent. */
  input: { storeId: string; id?: string; name: string; role: Role; pin: string },
): Promise<StaffMember> {
  if (!pinSchema.safeParse(input.pin).success) throw new Error('a PIN is 4 to 8 digits');
  const id = input.id ?? (await nextNumericId(ctx, input.role));
  await insertStaffRow(ctx.database.db, {
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
  });
  return { id, storeId: input.storeId, name: input.name, role: input.role };
}
