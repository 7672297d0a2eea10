/**
 * How many digits each staff member's PIN has, recorded when the PIN is set, so the staff list can
 * flag managers whose PIN is shorter than the minimum (staff/pin-policy.ts). The PIN itself is
 * stored only as a salted scrypt hash; its length says little to someone who can read this table
 * and much to the owner deciding whose PIN to renew. Null: set before lengths were recorded.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff').addColumn('pin_length', 'integer').execute();
}
