import type { FastifyInstance } from 'fastify';
import { unlockRequestSchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { unlockWithManager } from './entry-lock.service.js';

export function entryLockRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.post('/v1/lockouts/unlock', { config: { auth: 'session' } }, async (request) => {
    const approval = parseBody(unlockRequestSchema, request.body);
    await unlockWithManager(ctx, terminalOf(request), sessionOf(request), approval);
    return { unlocked: true as const };
  });
}
