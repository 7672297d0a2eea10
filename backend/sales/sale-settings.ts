import type { BackendContext } from '../context.js';
import type { Trx } from '../db/transaction.js';

/** What a store lets its tills sell: activation amounts, reloads and the most a card may hold. */
export interface SaleSettings {
  activationMinMinor: number;
  activationMaxMinor: number;
  reloadAllowed: boolean;
  maxBalanceMinor: number;
}

export async function readSaleSettings(db: Trx, storeId: string): Promise<SaleSettings> {
  const row = await db
    .selectFrom('stores')
    .select(['activation_min_minor', 'activation_max_minor', 'reload_allowed', 'max_balance_minor'])
    .where('id', '=', storeId)
    .executeTakeFirstOrThrow();
  return {
    activationMinMinor: Number(row.activation_min_minor),
    activationMaxMinor: Number(row.activation_max_minor),
    reloadAllowed: Number(row.reload_allowed) === 1,
    maxBalanceMinor: Number(row.max_balance_minor),
  };
}

/** Changes some of a store's sale settings (admin CLI and tests). */
export async function updateSaleSettings(
  ctx: BackendContext,
  storeId: string,
  change: Partial<SaleSettings>,
): Promise<SaleSettings> {
  const current = await readSaleSettings(ctx.database.db, storeId);
  const next = { ...current, ...change };
  if (next.activationMinMinor <= 0 || next.activationMinMinor > next.activationMaxMinor) {
    throw new Error('the activation minimum must be above zero and at most the maximum');
  }
  if (next.maxBalanceMinor < next.activationMaxMinor) {
    throw new Error('the most a card may hold cannot be below the activation maximum');
  }
  await ctx.database.db
    .updateTable('stores')
    .set({
      activation_min_minor: next.activationMinMinor,
      activation_max_minor: next.activationMaxMinor,
      reload_allowed: next.reloadAllowed ? 1 : 0,
      max_balance_minor: next.maxBalanceMinor,
    })
    .where('id', '=', storeId)
    .execute();
  return next;
}
