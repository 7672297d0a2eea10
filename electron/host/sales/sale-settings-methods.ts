/**
 * The store's sale settings for the sale screens: the activation limits, whether reloads are
 * allowed and the most a card may hold, in the store's currency. The backend is the authority;
 * the screen asks again after each sign-in rather than keeping them.
 */
import type { Result, TerminalMethods } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';

export interface SaleSettingsMethodDeps {
  withSession<T>(run: (backend: BackendClient, token: string) => Promise<Result<T>>): Promise<Result<T>>;
}

export function createSaleSettingsMethods(deps: SaleSettingsMethodDeps): Pick<TerminalMethods, 'saleSettings'> {
  return {
    saleSettings: () => deps.withSession((backend, token) => backend.saleSettings(token)),
  };
}
