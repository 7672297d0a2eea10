import type { FastifyInstance } from 'fastify';
import {
  closeShiftPageSchema,
  currentShiftPageSchema,
  pageQuerySchema,
  reportPageQuerySchema,
  shiftReportPageSchema,
} from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { parseReportQuery } from '../http/report-query.js';
import { shiftReport } from './report.service.js';
import { closeShift, currentShift } from './shift.service.js';

const X_REPORT_DOC = {
  summary: 'X report',
  description:
    "The session's shift with its totals over the whole shift, and its activities a page at a time " +
    '(also after the shift closed: the Z report names the cursor of its second page).',
  query: pageQuerySchema,
  responses: { 200: currentShiftPageSchema },
};
/** The Z report's first page of activities is as long as `limit`; the rest follow from its cursor. */
const closeQuerySchema = pageQuerySchema.pick({ limit: true });
const Z_REPORT_DOC = {
  summary: 'Close the shift (Z report)',
  description: 'Closes the shift and reports exactly what it did, with the first page (`limit`) of its activities.',
  query: closeQuerySchema,
  responses: { 200: closeShiftPageSchema },
};
const SHIFT_REPORT_DOC = {
  summary: "The store's shifts",
  description:
    'Shifts opened in [from, to), a page at a time, each with its totals; byCashier and byTerminal cover the whole range.',
  query: reportPageQuerySchema,
  responses: { 200: shiftReportPageSchema },
};

export function shiftRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get('/v1/shifts/current', { config: { auth: 'session', api: X_REPORT_DOC } }, async (request) =>
    currentShift(ctx, terminalOf(request), sessionOf(request), parseBody(pageQuerySchema, request.query)),
  );

  app.post('/v1/shifts/current/close', { config: { auth: 'session', api: Z_REPORT_DOC } }, async (request) =>
    closeShift(ctx, terminalOf(request), sessionOf(request), parseBody(closeQuerySchema, request.query)),
  );

  app.get('/v1/reports/shifts', { config: { auth: 'manager', api: SHIFT_REPORT_DOC } }, async (request) => {
    const { range, page } = parseReportQuery(request.query);
    return shiftReport(ctx, terminalOf(request).store, range, page);
  });
}
