/**
 * Protocol v1 calls that put money on a card at the till (activate, load, refund), the store's
 * sale settings and the manager's liability report. They run in the signed-in session.
 */
import type { z } from 'zod';
import {
  liabilityResponseSchema,
  saleCancelResponseSchema,
  saleResponseSchema,
  saleSettingsResponseSchema,
  saleStatusResponseSchema,
  type ActivationRequest,
  type SaleCancelRequest,
  type LoadRequest,
  type RefundRequest,
} from '../../../shared/sales-api.js';
import type { Result } from '../../../shared/terminal-api.js';

interface SaleCallSpec<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  schema: S;
  body?: unknown;
  /** Absent on the terminal-scoped calls that settle a lost answer (no cashier may be signed in). */
  sessionToken?: string;
  /** A timeout or cut connection leaves the outcome unknown: the card may have been credited. */
  sendsRedemption?: boolean;
}

type Call = <S extends z.ZodType>(spec: SaleCallSpec<S>) => Promise<Result<z.output<S>>>;

export function saleCalls(call: Call) {
  const post = (path: string) => (sessionToken: string, body: unknown) =>
    call({ method: 'POST', path, schema: saleResponseSchema, body, sessionToken, sendsRedemption: true });
  return {
    activate: post('/v1/activations') as (
      token: string,
      body: ActivationRequest,
    ) => ReturnType<ReturnType<typeof post>>,
    load: post('/v1/loads') as (token: string, body: LoadRequest) => ReturnType<ReturnType<typeof post>>,
    refund: post('/v1/refunds') as (token: string, body: RefundRequest) => ReturnType<ReturnType<typeof post>>,
    /** Terminal-scoped: what became of a sale's key after a lost answer or a restart. */
    saleByKey: (idempotencyKey: string) =>
      call({
        method: 'GET',
        path: `/v1/sales/by-key/${encodeURIComponent(idempotencyKey)}`,
        schema: saleStatusResponseSchema,
      }),
    cancelSale: (body: SaleCancelRequest) =>
      call({ method: 'POST', path: '/v1/sales/cancellations', schema: saleCancelResponseSchema, body }),
    liability: (sessionToken: string, range: { from: string; to: string }) =>
      call({
        method: 'GET',
        path: `/v1/reports/liability?${new URLSearchParams(range).toString()}`,
        schema: liabilityResponseSchema,
        sessionToken,
      }),
    /** The store's activation limits, reloads and most a card may hold, in the signed-in session. */
    saleSettings: (sessionToken: string) =>
      call({ method: 'GET', path: '/v1/sale-settings', schema: saleSettingsResponseSchema, sessionToken }),
  };
}
