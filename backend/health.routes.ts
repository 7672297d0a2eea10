import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { healthResponseSchema } from '../shared/backend-api.js';
import type { BackendContext } from './context.js';
import { checkReadiness } from './db/readiness.js';

/**
 * /healthz: liveness — the process answers HTTP (restart it when it does not).
 * /readyz: readiness — the database answers too (send it no traffic while it does not); 503
 * otherwise. The database's own words go to the log only: they can name hosts and ports.
 */
const readinessSchema = z.object({ ready: z.boolean(), reason: z.string().optional() });
const READYZ_DOC = {
  summary: 'Readiness',
  description: 'Answers 503 with `{ready:false, reason}` while the database does not answer.',
  responses: { 200: readinessSchema, 503: readinessSchema },
};

export function healthRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get(
    '/healthz',
    { config: { auth: 'none', api: { summary: 'Liveness', responses: { 200: healthResponseSchema } } } },
    async () => ({ ok: true as const }),
  );

  app.get('/readyz', { config: { auth: 'none', api: READYZ_DOC } }, async (request, reply) => {
    const readiness = await checkReadiness(ctx.database);
    if (readiness.ready) return { ready: true as const };
    request.log.warn({ reason: readiness.reason }, 'not ready: the database does not answer');
    return reply.code(503).send({ ready: false as const, reason: 'the database does not answer' });
  });
}
