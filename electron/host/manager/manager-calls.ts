/**
 * Protocol v1 calls a manager approves at the counter (void, freeze, unfreeze, transfer) and the
 * manager's shift report. They run in the signed-in session; approvals carry the manager's id and
 * PIN in the body, which the backend checks before anything changes.
 */
import type { z } from 'zod';
import {
  activityReportPageSchema,
  cardStateResponseSchema,
  shiftReportPageSchema,
  transferResponseSchema,
  voidResponseSchema,
  type ActivityReportResponse,
  type FreezeRequest,
  type ShiftReportResponse,
  type TransferRequest,
  type VoidRequest,
} from '../../../shared/backend-api.js';
import type { Result } from '../../../shared/terminal-api.js';
import { allPages, pageParams } from '../all-pages.js';

interface ManagerCallSpec<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  schema: S;
  body?: unknown;
  sessionToken: string;
}

type Range = { from: string; to: string };

type Call = <S extends z.ZodType>(spec: ManagerCallSpec<S>) => Promise<Result<z.output<S>>>;

export function managerCalls(call: Call, pageLimit: number) {
  return {
    voidRedemption: (sessionToken: string, redemptionId: string, body: VoidRequest) =>
      call({
        method: 'POST',
        path: `/v1/redemptions/${encodeURIComponent(redemptionId)}/void`,
        schema: voidResponseSchema,
        body,
        sessionToken,
      }),
    freezeCard: (sessionToken: string, body: FreezeRequest) =>
      call({ method: 'POST', path: '/v1/cards/freeze', schema: cardStateResponseSchema, body, sessionToken }),
    unfreezeCard: (sessionToken: string, body: FreezeRequest) =>
      call({ method: 'POST', path: '/v1/cards/unfreeze', schema: cardStateResponseSchema, body, sessionToken }),
    transferBalance: (sessionToken: string, body: TransferRequest) =>
      call({ method: 'POST', path: '/v1/cards/transfer', schema: transferResponseSchema, body, sessionToken }),
    /** Every shift of the range (the backend sends them a page at a time; its group totals cover the range). */
    shiftReport: async (sessionToken: string, range: Range): Promise<Result<ShiftReportResponse>> => {
      const joined = await allPages(
        (cursor) =>
          call({
            method: 'GET',
            path: `/v1/reports/shifts?${pageParams(cursor, pageLimit, range)}`,
            schema: shiftReportPageSchema,
            sessionToken,
          }),
        (page) => page.nextCursor,
        (sofar, next) => ({ ...next, shifts: [...sofar.shifts, ...next.shifts] }),
      );
      if (!joined.ok) return joined;
      const { nextCursor: _last, ...report } = joined.value;
      return { ok: true, value: report };
    },
    /** Every activity of the range, for the hourly chart and the drill-down into a shift. */
    activityReport: async (sessionToken: string, range: Range): Promise<Result<ActivityReportResponse>> => {
      const joined = await allPages(
        (cursor) =>
          call({
            method: 'GET',
            path: `/v1/reports/activities?${pageParams(cursor, pageLimit, range)}`,
            schema: activityReportPageSchema,
            sessionToken,
          }),
        (page) => page.nextCursor,
        (sofar, next) => ({ ...next, activities: [...sofar.activities, ...next.activities] }),
      );
      if (!joined.ok) return joined;
      return { ok: true, value: { activities: joined.value.activities } };
    },
  };
}
