import type { Kysely, Selectable } from 'kysely';
import type { Store } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import type { Database, StoresTable } from '../db/schema.js';
import { newId } from '../ids.js';

export interface CreateStoreInput {
  name: string;
  address?: string;
  /** ISO 3166 alpha-2: the store redeems only cards of this region. */
  region: string;
  /** ISO 4217: the store redeems only cards of this currency. */
  currency: string;
  timezone?: string;
  locale?: string;
}

/** The columns a Store is made of (the sale settings are read by backend/sales/). */
type StoreRow = Omit<
  Selectable<StoresTable>,
  'activation_min_minor' | 'activation_max_minor' | 'reload_allowed' | 'max_balance_minor'
>;

/** input.id: a chosen id (admin CLI); made up when absent. */
export async function createStore(ctx: BackendContext, input: CreateStoreInput & { id?: string }): Promise<Store> {
  const row: StoreRow = {
    id: input.id ?? newId('sto'),
    name: input.name,
    address: input.address ?? '',
    region: input.region,
    currency: input.currency,
    timezone: input.timezone ?? 'UTC',
    locale: input.locale ?? 'en-US',
    created_at: isoNow(ctx.clock),
  };
  await ctx.database.db.insertInto('stores').values(row).execute();
  return rowToStore(row);
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
