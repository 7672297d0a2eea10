import type { CloseShiftPage, CurrentShiftPage, PageQuery, Totals } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { pageFrom, pageOf, type Page } from '../http/page.js';
import { closeOpenShift, findShift, rowToShift, type ShiftRow } from './shift.repository.js';
import { totalsFromLedger } from './totals.js';
import { ledgerByShift, lockoutsByShift, NO_LOCKOUTS, shiftActivities } from './totals.repository.js';

/** Totals of one shift, computed from its ledger activities and lockout events. */
export async function shiftTotals(db: Trx, shiftId: string, currency: string): Promise<Totals> {
  const kinds = (await ledgerByShift(db, [shiftId])).get(shiftId) ?? [];
  const lockouts = (await lockoutsByShift(db, [shiftId])).get(shiftId) ?? NO_LOCKOUTS;
  return totalsFromLedger(currency, kinds, lockouts);
}

/** X report: the session's shift, its totals so far (also after it closed) and a page of its activities. */
export async function currentShift(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  query: PageQuery,
): Promise<CurrentShiftPage> {
  const page = pageFrom(query, 2);
  const shift = await sessionShift(ctx.database.db, session);
  const totals = await shiftTotals(ctx.database.db, shift.id, terminal.store.currency);
  const { items, nextCursor } = await activitiesPage(ctx.database.db, shift.id, page);
  const activities = items.map((row) => ({
    id: row.id,
    kind: row.kind,
    amountMinor: row.amount_minor,
    card: { last4: row.last4 },
    createdAt: row.created_at,
    redemptionId: row.redemption_id,
    redemptionStatus: row.redemption_status,
  }));
  return { shift: rowToShift(shift), totals, activities, nextCursor };
}

async function activitiesPage(db: Trx, shiftId: string, page: Page) {
  const rows = await shiftActivities(db, shiftId, page);
  return pageOf(rows, page, (row) => [row.created_at, row.id]);
}

/**
 * Z report: closes the session's shift and reports it, in one transaction, so the report holds
 * exactly what the shift did. Closing twice is shift_closed.
 * The UPDATE of the shift's row is the whole guard: every write tagging activity with this shift
 * holds that row with a share lock (shifts/open-shift.ts, and the one-statement redemption), so
 * the UPDATE waits for those in flight to commit, and later ones find the shift closed. The
 * report's reads run after it and see everything that committed into the shift. The answer holds
 * the first page of activities; the rest are read with GET /v1/shifts/current?cursor=….
 */
export async function closeShift(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  query: Pick<PageQuery, 'limit'> = {},
): Promise<CloseShiftPage> {
  return inWriteTransaction(ctx.database, async (trx) => {
    const now = isoNow(ctx.clock);
    const closed = await closeOpenShift(trx, session.shiftId, session.staffId, now);
    if (closed === undefined) {
      await sessionShift(trx, session);
      throw new ApiError('shift_closed', 'the shift is closed already');
    }
    const totals = await shiftTotals(trx, closed.id, terminal.store.currency);
    const { items, nextCursor } = await activitiesPage(trx, closed.id, pageFrom(query, 2));
    const activities = items.map((row) => ({
      id: row.id,
      kind: row.kind,
      amountMinor: row.amount_minor,
      card: { last4: row.last4 },
      createdAt: row.created_at,
    }));
    return { shift: rowToShift(closed), report: { ...totals, activities, nextCursor } };
  });
}

async function sessionShift(db: Trx, session: AuthSession): Promise<ShiftRow> {
  const shift = await findShift(db, session.shiftId);
  if (shift === undefined) throw new ApiError('no_open_shift', 'no shift for this session');
  return shift;
}
