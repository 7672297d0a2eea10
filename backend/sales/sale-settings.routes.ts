import type { FastifyInstance } from 'fastify';
import { saleSettingsResponseSchema, type SaleSettingsView } from '../../shared/sales-api.js';
import { terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { readSaleSettings } from './sale-settings.js';

const SALE_SETTINGS_DOC = {
  summary: "The store's sale settings",
  description:
    "What the till may sell: the activation minimum and maximum, whether reloads are allowed and the most a card may hold, in the store's currency.",
  responses: { 200: saleSettingsResponseSchema },
};

export function saleSettingsRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get(
    '/v1/sale-settings',
    { config: { auth: 'session', api: SALE_SETTINGS_DOC } },
    async (request): Promise<SaleSettingsView> => {
      const store = terminalOf(request).store;
      const settings = await readSaleSettings(ctx.database.db, store.id);
      return { currency: store.currency, ...settings };
    },
  );
}
