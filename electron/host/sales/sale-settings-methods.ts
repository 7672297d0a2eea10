/**
 * The store's sale settings for the sale screens: the activation limits, whether reloads are
 * allowed and the most a card may hold, in the store's currency. The backend is the authority;
 * the screen asks again after each sign-in rather than keeping them.
 */
import type { z } from 'zod';
import { saleSettingsResponseSchema } from '../../../shared/sales-api.js';
import type { Result, TerminalMethods } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';

interface SettingsCallSpec<S extends z.ZodType> {
  method: 'GET';
  path: string;
  schema: S;
  sessionToken: string;
}

type Call = <S extends z.ZodType>(spec: SettingsCallSpec<S>) => Promise<Result<z.output<S>>>;

/** Protocol v1: GET /v1/sale-settings, in the signed-in session. */
export function saleSettingsCalls(call: Call) {
  return {
    saleSettings: (sessionToken: string) =>
      call({ method: 'GET', path: '/v1/sale-settings', schema: saleSettingsResponseSchema, sessionToken }),
  };
}

export interface SaleSettingsMethodDeps {
  withSession<T>(run: (backend: BackendClient, token: string) => Promise<Result<T>>): Promise<Result<T>>;
}

export function createSaleSettingsMethods(deps: SaleSettingsMethodDeps): Pick<TerminalMethods, 'saleSettings'> {
  return {
    saleSettings: () => deps.withSession((backend, token) => backend.saleSettings(token)),
  };
}
