import type { Kysely, Selectable } from 'kysely';
import type { Store } from '../../shared/backend-api.js';
import type { Database, StoresTable } from '../db/schema.js';

/** The columns a Store is made of (the sale settings are read by backend/sales/). */
export type StoreRow = Omit<
  Selectable<StoresTable>,
  'activation_min_minor' | 'activation_max_minor' | 'reload_allowed' | 'max_balance_minor'
>;

export async function insertStore(db: Kysely<Database>, row: StoreRow): Promise<void> {
  await db.insertInto('stores').values(row).execute();
}

export async function findStore(db: Kysely<Database>, storeId: string): Promise<Store | undefined> {
  const row = await db.selectFrom('stores').selectAll().where('id', '=', storeId).executeTakeFirst();
  return row === undefined ? undefined : rowToStore(row);
}

export function rowToStore(row: StoreRow): Store {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    region: row.region,
    currency: row.currency,
    timezone: row.timezone,
    locale: row.locale,
  };
}
