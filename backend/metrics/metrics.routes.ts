import type { FastifyInstance } from 'fastify';
import type { BackendContext } from '../context.js';

/**
 * GET /metrics in Prometheus' text format, and the hook that times every answered request.
 * No credentials: scrape it over the store's or the chain's own network, and keep it off a
 * public listener (a reverse proxy in front of the backend should not forward /metrics).
 */
export function metricsRoutes(app: FastifyInstance, ctx: BackendContext): void {
  const metrics = ctx.metrics;
  if (metrics === undefined) return;
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { config: { auth: 'none' } }, async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
