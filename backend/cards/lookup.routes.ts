import type { FastifyInstance } from 'fastify';
import { lookupRequestSchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { lookupCard } from './lookup.service.js';

export function lookupRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.post('/v1/cards/lookup', { config: { auth: 'session' } }, async (request) => {
    const { code } = parseBody(lookupRequestSchema, request.body);
    return { card: await lookupCard(ctx, terminalOf(request), sessionOf(request), code) };
  });
}
