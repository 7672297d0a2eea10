import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idempotencyKeySchema } from '../../shared/backend-api.js';
import {
  activationRequestSchema,
  liabilityQuerySchema,
  liabilityResponseSchema,
  loadRequestSchema,
  refundRequestSchema,
  saleCancelRequestSchema,
  saleCancelResponseSchema,
  saleResponseSchema,
  saleStatusResponseSchema,
} from '../../shared/sales-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import { verifyManagerPin } from '../auth/staff-pin.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { parseBody } from '../http/parse-body.js';
import { parseReportRange } from '../http/report-query.js';
import { storeLiability } from './liability.service.js';
import { checkActivation, checkLoad, checkRefund } from './sale-checks.js';
import { cancelSale, saleStatus } from './sale-status.service.js';
import { runSale, type SaleCheck, type SaleInput } from './sale.service.js';

const ONCE =
  'exactly once per (terminal, idempotencyKey): the same key and request answer the original response again; a different request under the same key is idempotency_conflict.';

const ACTIVATE_DOC = {
  summary: 'Sell and activate a card',
  description:
    `Activates an unsold card of the store's stock with amountMinor, within the store's activation limits, ${ONCE} ` +
    'With approval (manager id, PIN and reason), a manager activates a card sold earlier but never activated.',
  body: activationRequestSchema,
  responses: { 201: saleResponseSchema },
};
const LOAD_DOC = {
  summary: 'Load an active card',
  description: `Adds amountMinor to an active card where the store allows reloads (else reload_not_allowed), ${ONCE}`,
  body: loadRequestSchema,
  responses: { 201: saleResponseSchema },
};
const REFUND_DOC = {
  summary: 'Refund a return to a card',
  description: `Credits a new card of the stock or an active card of the same currency; manager id, PIN and reason; ${ONCE}`,
  body: refundRequestSchema,
  responses: { 201: saleResponseSchema },
};
const SALE_BY_KEY_DOC = {
  summary: 'What happened to a sale key',
  description:
    'After a lost answer of an activation, load or refund: applied (with the sale as first answered), ' +
    'cancelled, or 404 not_found when nothing was applied under the key. Terminal key only.',
  params: z.object({ key: idempotencyKeySchema }),
  responses: { 200: saleStatusResponseSchema },
};
const SALE_CANCEL_DOC = {
  summary: 'Cancel a sale key',
  description:
    'Leaves a tombstone under a key that credited nothing, so a late copy of the request is refused ' +
    '(key_reversed); a key already applied stays applied and its sale is the answer. Terminal key only.',
  body: saleCancelRequestSchema,
  responses: { 200: saleCancelResponseSchema },
};
const LIABILITY_DOC = {
  summary: "The store's outstanding liability",
  description: "Money on the store's active cards now, by currency, and its change over [from, to).",
  query: liabilityQuerySchema,
  responses: { 200: liabilityResponseSchema },
};

export function saleRoutes(app: FastifyInstance, ctx: BackendContext): void {
  const sell = async (request: FastifyRequest, reply: FastifyReply, input: SaleInput, check: SaleCheck) => {
    const stored = await runSale(ctx, terminalOf(request), sessionOf(request), input, check);
    return reply.code(stored.statusCode).type('application/json; charset=utf-8').send(stored.json);
  };
  const approvedBy = async (request: FastifyRequest, approval: { managerId: string; managerPin: string }) =>
    (await verifyManagerPin(ctx, terminalOf(request), approval.managerId, approval.managerPin)).id;

  app.post('/v1/activations', { config: { auth: 'session', api: ACTIVATE_DOC } }, async (request, reply) => {
    const { approval, ...body } = parseBody(activationRequestSchema, request.body);
    const managerId = approval === undefined ? null : await approvedBy(request, approval);
    const input = { kind: 'activate' as const, ...body, managerId, reason: approval?.reason ?? null };
    return sell(request, reply, input, checkActivation);
  });

  app.post('/v1/loads', { config: { auth: 'session', api: LOAD_DOC } }, async (request, reply) => {
    const body = parseBody(loadRequestSchema, request.body);
    return sell(request, reply, { kind: 'load', ...body, managerId: null, reason: null }, checkLoad);
  });

  app.post('/v1/refunds', { config: { auth: 'session', api: REFUND_DOC } }, async (request, reply) => {
    const { managerPin, managerId: asked, reason, ...body } = parseBody(refundRequestSchema, request.body);
    const managerId = await approvedBy(request, { managerId: asked, managerPin });
    return sell(request, reply, { kind: 'refund', ...body, managerId, reason }, checkRefund);
  });

  app.get<{ Params: { key: string } }>(
    '/v1/sales/by-key/:key',
    { config: { auth: 'terminal', api: SALE_BY_KEY_DOC } },
    async (request) => {
      const key = idempotencyKeySchema.safeParse(request.params.key);
      if (!key.success) throw new ApiError('not_found', 'no sale was applied under this key');
      return saleStatus(ctx, terminalOf(request), key.data);
    },
  );

  app.post('/v1/sales/cancellations', { config: { auth: 'terminal', api: SALE_CANCEL_DOC } }, async (request) => {
    return cancelSale(ctx, terminalOf(request), parseBody(saleCancelRequestSchema, request.body));
  });

  app.get('/v1/reports/liability', { config: { auth: 'manager', api: LIABILITY_DOC } }, async (request) => {
    const range = parseReportRange(request.query);
    return storeLiability(ctx.database.db, terminalOf(request).store, range);
  });
}
