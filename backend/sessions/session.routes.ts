import type { FastifyInstance } from 'fastify';
import { signInRequestSchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { signIn, signOut } from './session.service.js';

export function sessionRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.post('/v1/sessions', { config: { auth: 'terminal' } }, async (request, reply) => {
    const input = parseBody(signInRequestSchema, request.body);
    return reply.code(201).send(await signIn(ctx, terminalOf(request), input));
  });

  app.delete('/v1/sessions/current', { config: { auth: 'session' } }, async (request, reply) => {
    await signOut(ctx, sessionOf(request).tokenHash);
    return reply.code(204).send();
  });
}
