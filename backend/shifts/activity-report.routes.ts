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
import { pageFrom, pageOf } from '../http/page.js';
import { parseReportQuery } from '../http/report-query.js';

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
      const { range, page: query } = parseReportQuery(request.query);
      const page = pageFrom(query, 2);
      // Filtered on the activity's own store (activities_by_store), not through its shift: the
      // index finds the range's rows directly, however many older shifts the store has.
      let rows = ctx.database.db
        .selectFrom('activities')
        .innerJoin('cards', 'cards.id', 'activities.card_id')
        .select([
          'activities.id',
          'activities.kind',
          'activities.amount_minor',
          'activities.created_at',
          'activities.shift_id',
          'cards.last4',
        ])
        .where('activities.store_id', '=', terminalOf(request).store.id)
        .where('activities.shift_id', 'is not', null)
        .where('activities.created_at', '>=', range.from)
        .where('activities.created_at', '<', range.to);
      if (page.after !== null) {
        const [createdAt = '', id = ''] = page.after;
        rows = rows.where((eb) =>
          eb(eb.refTuple('activities.created_at', 'activities.id'), '>', eb.tuple(createdAt, id)),
        );
      }
      const read = await rows
        .orderBy('activities.created_at')
        .orderBy('activities.id')
        .limit(page.limit + 1)
        .execute();
      const { items, nextCursor } = pageOf(read, page, (row) => [row.created_at, row.id]);
      return {
        activities: items.map((row) => ({
          id: row.id,
          kind: row.kind,
          // The ledger signs amounts by direction (a redemption is negative); the kind already says which way.
          amountMinor: Math.abs(Number(row.amount_minor)),
          card: { last4: row.last4 },
          shiftId: row.shift_id,
          createdAt: row.created_at,
        })),
        nextCursor,
      };
    },
  );
}
