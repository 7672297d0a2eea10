import { reportPageQuerySchema, type PageQuery } from '../../shared/backend-api.js';
import { liabilityQuerySchema } from '../../shared/sales-api.js';
import { ApiError } from './api-error.js';
import { parseBody } from './parse-body.js';

/** A report's [from, to) as the UTC ISO text the tables store (text comparison then orders it). */
export interface ReportRange {
  from: string;
  to: string;
}

/** A manager report's `?from&to&limit&cursor`: the range as the UTC text the tables store. */
export function parseReportQuery(query: unknown): { range: ReportRange; page: PageQuery } {
  const { from, to, ...page } = parseBody(reportPageQuerySchema, query);
  return { range: { from: isoInstant(from, 'from'), to: isoInstant(to, 'to') }, page };
}

/** A report's `?from&to` alone, for reports that fit one answer (the liability). */
export function parseReportRange(query: unknown): ReportRange {
  const { from, to } = parseBody(liabilityQuerySchema, query);
  return { from: isoInstant(from, 'from'), to: isoInstant(to, 'to') };
}

/** Any date-time Date can read, as UTC ISO-8601 text (so text comparison orders it). */
function isoInstant(value: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new ApiError('bad_request', `${field}: not a date-time`);
  return new Date(ms).toISOString();
}
