/**
 * Protocol v1 calls a manager approves at the counter (void, freeze, unfreeze, transfer) and the
 * manager's shift report. They run in the signed-in session; approvals carry the manager's id and
 * PIN in the body, which the backend checks before anything changes.
 */
import type { z } from 'zod';
import {
  activityReportResponseSchema,
  cardStateResponseSchema,
  shiftReportResponseSchema,
  transferResponseSchema,
  voidResponseSchema,
  type FreezeRequest,
  type TransferRequest,
  type VoidRequest,
} from '../../../shared/backend-api.js';
import type { Result } from '../../../shared/terminal-api.js';

interface ManagerCallSpec<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  schema: S;
  body?: unknown;
  sessionToken: string;
}

type Call = <S extends z.ZodType>(spec: ManagerCallSpec<S>) => Promise<Result<z.output<S>>>;

export function managerCalls(call: Call) {
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
    shiftReport: (sessionToken: string, range: { from: string; to: string }) =>
      call({
        method: 'GET',
        path: `/v1/reports/shifts?${new URLSearchParams(range).toString()}`,
        schema: shiftReportResponseSchema,
        sessionToken,
      }),
    activityReport: (sessionToken: string, range: { from: string; to: string }) =>
      call({
        method: 'GET',
        path: `/v1/reports/activities?${new URLSearchParams(range).toString()}`,
        schema: activityReportResponseSchema,
        sessionToken,
      }),
  };
}
