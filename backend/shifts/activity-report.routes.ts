/**
 * GET /v1/reports/activities?from&to&limit&cursor (manager session): the store's ledger activities
 * at its counters (those in a shift) created in [from, to), oldest first, a page at a time, cards
 * by last 4 only. The terminal draws redemptions per hour from it and drills down into one shift
 * (from its opening to its close).
 */
import type { FastifyInstance } from 'fastify';
import { activityReportPageSchema, reportPageQuerySchema, type ActivityReportPage } from '../../shared/backend-api.js';
import { terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseReportQuery } from '../http/report-query.js';
import { activityReport } from './activity-report.service.js';

const API = {
  summary: "The store's activities",
  description: "Ledger activities at the store's counters created in [from, to), oldest first, a page at a time.",
  query: reportPageQuerySchema,
  responses: { 200: activityReportPageSchema },
};

export function activityReportRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get(
    '/v1/reports/activities',
    { config: { auth: 'manager', api: API } },
    async (request): Promise<ActivityReportPage> => {
      const { range, page } = parseReportQuery(request.query);
      return activityReport(ctx, terminalOf(request).store.id, range, page);
    },
  );
}
