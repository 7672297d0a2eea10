import type { Store } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { newId } from '../ids.js';
import { insertStore, rowToStore, type StoreRow } from './store.repository.js';

export { findStore } from './store.repository.js';

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
  await insertStore(ctx.database.db, row);
  return rowToStore(row);
}
