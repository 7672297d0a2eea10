import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  errorBodySchema,
  idempotencyKeySchema,
  redeemRequestSchema,
  redeemResponseSchema,
  redemptionStatusResponseSchema,
  reversalRequestSchema,
  reversalResponseSchema,
} from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { parseBody } from '../http/parse-body.js';
import type { StoredResponse } from './redeem.rules.js';
import { redeem, type RedeemOutcome } from './redeem.service.js';
import { redemptionStatus, reverseByKey } from './reversal.service.js';

const REDEEM_DOC = {
  summary: 'Redeem',
  description:
    'Takes amountMinor (or the full balance) from the card, exactly once per (terminal, idempotencyKey): ' +
    'the same key and request answer the original response again, byte for byte.',
  body: redeemRequestSchema,
  responses: { 201: redeemResponseSchema },
};
const BY_KEY_DOC = {
  summary: 'What happened to a key',
  description: 'After a lost answer: applied, reversed, or 404 not_found when nothing was applied under the key.',
  params: z.object({ key: idempotencyKeySchema }),
  responses: { 200: redemptionStatusResponseSchema },
};
const REVERSAL_DOC = {
  summary: 'Reverse by key',
  description: 'Gives an applied redemption back, or leaves a tombstone so a late copy of the request cannot apply.',
  body: reversalRequestSchema,
  responses: { 200: reversalResponseSchema },
};

export function redemptionRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.post('/v1/redemptions', { config: { auth: 'session', api: REDEEM_DOC } }, async (request, reply) => {
    let outcome: RedeemOutcome;
    try {
      const input = parseBody(redeemRequestSchema, request.body);
      outcome = await redeem(ctx, terminalOf(request), sessionOf(request), input);
    } catch (error) {
      ctx.metrics?.countRedemption(error instanceof ApiError ? error.code : 'internal_error');
      throw error;
    }
    ctx.metrics?.countRedemption(redemptionOutcome(outcome));
    if (outcome.applied && ctx.config.fault === 'exit-after-commit') {
      // Test-only: die after the commit and before the answer, as a power cut would.
      process.exit(86);
    }
    if (outcome.applied && ctx.config.fault === 'error-after-commit') {
      // Test-only: the debit is committed, yet the request fails as on a broken database connection.
      throw new Error('test fault: the database connection broke after the commit');
    }
    return sendStored(reply, outcome);
  });

  app.get<{ Params: { key: string } }>(
    '/v1/redemptions/by-key/:key',
    { config: { auth: 'terminal', api: BY_KEY_DOC } },
    async (request) => {
      const key = idempotencyKeySchema.safeParse(request.params.key);
      if (!key.success) throw new ApiError('not_found', 'no redemption was applied under this key');
      return redemptionStatus(ctx, terminalOf(request), key.data);
    },
  );

  app.post('/v1/reversals', { config: { auth: 'terminal', api: REVERSAL_DOC } }, async (request) => {
    const { idempotencyKey } = parseBody(reversalRequestSchema, request.body);
    return reverseByKey(ctx, terminalOf(request), idempotencyKey);
  });
}

/** The metrics label of an answer: applied, replayed (a stored 2xx sent again) or the decline's code. */
function redemptionOutcome(outcome: RedeemOutcome): string {
  if (outcome.applied) return 'applied';
  if (outcome.statusCode < 300) return 'replayed';
  const parsed = errorBodySchema.safeParse(JSON.parse(outcome.json));
  return parsed.success ? parsed.data.error.code : 'internal_error';
}

/** Sends a stored response exactly as first sent, so a replay is identical byte for byte. */
function sendStored(reply: FastifyReply, response: StoredResponse): FastifyReply {
  return reply.code(response.statusCode).type('application/json; charset=utf-8').send(response.json);
}
