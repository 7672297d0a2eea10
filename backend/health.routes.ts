import type { FastifyInstance } from 'fastify';
import type { BackendContext } from './context.js';
import { checkReadiness } from './db/readiness.js';

/**
 * /healthz: liveness — the process answers HTTP (restart it when it does not).
 * /readyz: readiness — the database answers too (send it no traffic while it does not); 503
 * otherwise. The database's own words go to the log only: they can name hosts and ports.
 */
export function healthRoutes(app: FastifyInstance, ctx: BackendContext): void {
  app.get('/healthz', { config: { auth: 'none' } }, async () => ({ ok: true as const }));

  app.get('/readyz', { config: { auth: 'none' } }, async (request, reply) => {
    const readiness = await checkReadiness(ctx.database);
    if (readiness.ready) return { ready: true as const };
    request.log.warn({ reason: readiness.reason }, 'not ready: the database does not answer');
    return reply.code(503).send({ ready: false as const, reason: 'the database does not answer' });
  });
}
