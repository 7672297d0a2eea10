import type { FastifyInstance } from 'fastify';
import { pageQuerySchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { parseReportQuery } from '../http/report-query.js';
import { shiftReport } from './report.service.js';
import { closeShift, currentShift } from './shift.service.js';

export function shiftRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get('/v1/shifts/current', { config: { auth: 'session' } }, async (request) =>
    currentShift(ctx, terminalOf(request), sessionOf(request), parseBody(pageQuerySchema, request.query)),
  );

  app.post('/v1/shifts/current/close', { config: { auth: 'session' } }, async (request) =>
    closeShift(ctx, terminalOf(request), sessionOf(request)),
  );

  app.get('/v1/reports/shifts', { config: { auth: 'manager' } }, async (request) => {
    const { range, page } = parseReportQuery(request.query);
    return shiftReport(ctx, terminalOf(request).store, range, page);
  });
}
