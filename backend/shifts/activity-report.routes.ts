/**
 * GET /v1/reports/activities?from&to (manager session): the store's ledger activities created in
 * [from, to), oldest first, cards by last 4 only. The terminal draws redemptions per hour from it
 * and drills down into one shift (from its opening to its close).
 */
import type { FastifyInstance } from 'fastify';
import { shiftReportQuerySchema, type ActivityReportResponse } from '../../shared/backend-api.js';
import { terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { parseBody } from '../http/parse-body.js';

/** Enough for a busy store's day; a longer range is asked for in parts. */
const MAX_ACTIVITIES = 10_000;

export function activityReportRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get(
    '/v1/reports/activities',
    { config: { auth: 'manager' } },
    async (request): Promise<ActivityReportResponse> => {
      const query = parseBody(shiftReportQuerySchema, request.query);
      const rows = await ctx.database.db
        .selectFrom('activities')
        .innerJoin('cards', 'cards.id', 'activities.card_id')
        .innerJoin('shifts', 'shifts.id', 'activities.shift_id')
        .select([
          'activities.id',
          'activities.kind',
          'activities.amount_minor',
          'activities.created_at',
          'activities.shift_id',
          'cards.last4',
        ])
        .where('shifts.store_id', '=', terminalOf(request).store.id)
        .where('activities.created_at', '>=', isoInstant(query.from, 'from'))
        .where('activities.created_at', '<', isoInstant(query.to, 'to'))
        .orderBy('activities.created_at')
        .orderBy('activities.id')
        .limit(MAX_ACTIVITIES)
        .execute();
      return {
        activities: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          // The ledger signs amounts by direction (a redemption is negative); the kind already says which way.
          amountMinor: Math.abs(Number(row.amount_minor)),
          card: { last4: row.last4 },
          shiftId: row.shift_id,
          createdAt: row.created_at,
        })),
      };
    },
  );
}

function isoInstant(value: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new ApiError('bad_request', `${field}: not a date-time`);
  return new Date(ms).toISOString();
}
