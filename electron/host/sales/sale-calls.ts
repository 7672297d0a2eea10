/**
 * Protocol v1 calls that put money on a card at the till (activate, load, refund) and the
 * manager's liability report. They run in the signed-in session.
 */
import type { z } from 'zod';
import {
  liabilityResponseSchema,
  saleResponseSchema,
  type ActivationRequest,
  type LoadRequest,
  type RefundRequest,
} from '../../../shared/sales-api.js';
import type { Result } from '../../../shared/terminal-api.js';

interface SaleCallSpec<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  schema: S;
  body?: unknown;
  sessionToken: string;
}

type Call = <S extends z.ZodType>(spec: SaleCallSpec<S>) => Promise<Result<z.output<S>>>;

export function saleCalls(call: Call) {
  const post = (path: string) => (sessionToken: string, body: unknown) =>
    call({ method: 'POST', path, schema: saleResponseSchema, body, sessionToken });
  return {
    activate: post('/v1/activations') as (
      token: string,
      body: ActivationRequest,
    ) => ReturnType<ReturnType<typeof post>>,
    load: post('/v1/loads') as (token: string, body: LoadRequest) => ReturnType<ReturnType<typeof post>>,
    refund: post('/v1/refunds') as (token: string, body: RefundRequest) => ReturnType<ReturnType<typeof post>>,
    liability: (sessionToken: string, range: { from: string; to: string }) =>
      call({
        method: 'GET',
        path: `/v1/reports/liability?${new URLSearchParams(range).toString()}`,
        schema: liabilityResponseSchema,
        sessionToken,
      }),
  };
}
