import type { FastifyInstance } from 'fastify';
import { lookupRequestSchema, lookupResponseSchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { lookupCard } from './lookup.service.js';

export function lookupRoutes(app: FastifyInstance, ctx: BackendContext): void {
  const api = {
    summary: 'Look a card up',
    description:
      'A card that cannot be redeemed here answers its decline with details.last4. Unknown codes count toward the entry lock.',
    body: lookupRequestSchema,
    responses: { 200: lookupResponseSchema },
  };
  app.post('/v1/cards/lookup', { config: { auth: 'session', api } }, async (request) => {
    const { code } = parseBody(lookupRequestSchema, request.body);
    return { card: await lookupCard(ctx, terminalOf(request), sessionOf(request), code) };
  });
}
