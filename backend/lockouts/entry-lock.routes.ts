import type { FastifyInstance } from 'fastify';
import { unlockRequestSchema, unlockResponseSchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { unlockWithManager } from './entry-lock.service.js';

export function entryLockRoutes(app: FastifyInstance, ctx: BackendContext): void {
  const api = {
    summary: 'Unlock code entry',
    description: "A manager's id and PIN end the code-entry wait of this terminal and of the signed-in cashier.",
    body: unlockRequestSchema,
    responses: { 200: unlockResponseSchema },
  };
  app.post('/v1/lockouts/unlock', { config: { auth: 'session', api } }, async (request) => {
    const approval = parseBody(unlockRequestSchema, request.body);
    await unlockWithManager(ctx, terminalOf(request), sessionOf(request), approval);
    return { unlocked: true as const };
  });
}
