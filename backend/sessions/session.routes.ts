import type { FastifyInstance } from 'fastify';
import { signInRequestSchema, signInResponseSchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { signIn, signOut } from './session.service.js';

export function sessionRoutes(app: FastifyInstance, ctx: BackendContext): void {
  const signInDoc = {
    summary: 'Sign in',
    description: "Checks a cashier's or manager's PIN and opens (or resumes) their shift on this terminal.",
    body: signInRequestSchema,
    responses: { 201: signInResponseSchema },
  };
  app.post('/v1/sessions', { config: { auth: 'terminal', api: signInDoc } }, async (request, reply) => {
    const input = parseBody(signInRequestSchema, request.body);
    return reply.code(201).send(await signIn(ctx, terminalOf(request), input));
  });

  const signOutDoc = {
    summary: 'Sign out',
    description: 'The shift stays open until its Z report.',
    responses: { 204: null },
  };
  app.delete('/v1/sessions/current', { config: { auth: 'session', api: signOutDoc } }, async (request, reply) => {
    await signOut(ctx, sessionOf(request).tokenHash);
    return reply.code(204).send();
  });
}
