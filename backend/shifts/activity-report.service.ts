import type { BackendContext } from '../context.js';
import type { ActivityReportPage, PageQuery } from '../../shared/backend-api.js';
import { pageFrom, pageOf } from '../http/page.js';
import { readActivityPage } from './activity-report.repository.js';

/** The store's ledger activities at its counters in [from, to), oldest first, a page at a time. */
export async function activityReport(
  ctx: BackendContext,
  storeId: string,
  range: { from: string; to: string },
  query: PageQuery,
): Promise<ActivityReportPage> {
  const page = pageFrom(query, 2);
  const read = await readActivityPage(ctx.database.db, storeId, range, page);
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
}
