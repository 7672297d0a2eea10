import { currencySchema, regionSchema, type Store } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { createStore, findStore, type CreateStoreInput } from '../stores/store.service.js';

/** Adds a store after checking what a typo would break: region, currency, time zone and locale. */
export async function addStore(ctx: BackendContext, input: CreateStoreInput & { id?: string }): Promise<Store> {
  if (!regionSchema.safeParse(input.region).success)
    throw new ApiError('bad_request', '--region is an ISO 3166 code such as US');
  if (!currencySchema.safeParse(input.currency).success)
    throw new ApiError('bad_request', '--currency is an ISO 4217 code such as USD');
  if (input.timezone !== undefined && !isTimeZone(input.timezone))
    throw new ApiError('bad_request', `unknown time zone ${input.timezone}`);
  if (input.locale !== undefined && !isLocale(input.locale))
    throw new ApiError('bad_request', `unknown locale ${input.locale}`);
  return createStore(ctx, input);
}

export async function requireStore(ctx: BackendContext, storeId: string): Promise<Store> {
  const store = await findStore(ctx.database.db, storeId);
  if (store === undefined) throw new ApiError('not_found', `no store ${storeId}`);
  return store;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}
