/**
 * Every feature's routes, registered in one list. A feature exports
 * `function xRoutes(app: FastifyInstance, ctx: BackendContext): void` from
 * backend/<feature>/<feature>.routes.ts and adds one line here. Each route declares who may call
 * it with `config: { auth: 'none' | 'terminal' | 'session' | 'manager' }` (see auth/auth.types.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { BackendContext } from './context.js';
import { lookupRoutes } from './cards/lookup.routes.js';
import { healthRoutes } from './health.routes.js';
import { metricsRoutes } from './metrics/metrics.routes.js';
import { openApiRoutes } from './openapi/openapi.routes.js';
import { entryLockRoutes } from './lockouts/entry-lock.routes.js';
import { redemptionRoutes } from './redemptions/redemption.routes.js';
import { sessionRoutes } from './sessions/session.routes.js';
import { managerRoutes } from './manager/manager.routes.js';
import { shiftRoutes } from './shifts/shift.routes.js';
import { activityReportRoutes } from './shifts/activity-report.routes.js';
import { pairingRoutes } from './pairing/pairing.routes.js';
import { securityRoutes } from './throttle/security.routes.js';
import { saleRoutes } from './sales/sale.routes.js';
import { saleSettingsRoutes } from './sales/sale-settings.routes.js';

type FeatureRoutes = (app: FastifyInstance, ctx: BackendContext) => void;

const FEATURE_ROUTES: FeatureRoutes[] = [
  // First: it documents every route registered after it (GET /v1/openapi.json).
  openApiRoutes,
  healthRoutes,
  metricsRoutes,
  sessionRoutes,
  // Card lookup, lockouts, redemptions and reversals (the ledger core).
  lookupRoutes,
  entryLockRoutes,
  redemptionRoutes,

  // Shifts, reports and manager actions (backend/shifts/, backend/manager/) go below this line.
  shiftRoutes,
  managerRoutes,
  activityReportRoutes,
  // Pairing new terminals (backend/pairing/).
  pairingRoutes,
  // Security alerts and waits for managers (backend/throttle/).
  securityRoutes,
  // Selling, loading and refunding to cards, and the store's liability (backend/sales/).
  saleRoutes,
  saleSettingsRoutes,
];

export function registerRoutes(app: FastifyInstance, ctx: BackendContext): void {
  for (const register of FEATURE_ROUTES) register(app, ctx);
}
