import type { FastifyInstance } from 'fastify';
import { shiftReportQuerySchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { parseBody } from '../http/parse-body.js';
import { shiftReport } from './report.service.js';
import { closeShift, currentShift } from './shift.service.js';

export function shiftRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get('/v1/shifts/current', { config: { auth: 'session' } }, async (request) =>
    currentShift(ctx, terminalOf(request), sessionOf(request)),
  );

  app.post('/v1/shifts/current/close', { config: { auth: 'session' } }, async (request) =>
    closeShift(ctx, terminalOf(request), sessionOf(request)),
  );

  app.get('/v1/reports/shifts', { config: { auth: 'manager' } }, async (request) => {
    const query = parseBody(shiftReportQuerySchema, request.query);
    return shiftReport(ctx, terminalOf(request).store, {
      from: isoInstant(query.from, 'from'),
      to: isoInstant(query.to, 'to'),
    });
  });
}

/** Any date-time Date can read, as the UTC ISO-8601 text the tables store (so text comparison works). */
function isoInstant(value: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new ApiError('bad_request', `${field}: not a date-time`);
  return new Date(ms).toISOString();
}
