import type { Selectable } from 'kysely';
import type { Redemption } from '../../shared/backend-api.js';
import type { RedemptionsTable } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';

export type RedemptionRow = Selectable<RedemptionsTable>;

export async function insertRedemption(trx: Trx, row: RedemptionRow): Promise<void> {
  await trx.insertInto('redemptions').values(row).execute();
}

export async function findRedemption(db: Trx, redemptionId: string): Promise<RedemptionRow | undefined> {
  return db.selectFrom('redemptions').selectAll().where('id', '=', redemptionId).executeTakeFirst();
}

/** The protocol's view of a redemption, keys in schema order so stored responses stay stable. */
export function rowToRedemption(row: RedemptionRow, last4: string): Redemption {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    amountMinor: row.amount_minor,
    balanceBeforeMinor: row.balance_before_minor,
    balanceAfterMinor: row.balance_after_minor,
    currency: row.currency,
    card: { last4 },
    storeId: row.store_id,
    terminalId: row.terminal_id,
    cashierId: row.cashier_id,
    shiftId: row.shift_id,
    createdAt: row.created_at,
  };
}
