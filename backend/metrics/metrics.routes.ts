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
  const api = {
    summary: 'Prometheus metrics',
    description: 'Request latency per route, redemptions by outcome, lockouts, database pool use, process figures.',
    responses: { 200: { text: 'Prometheus text exposition format 0.0.4.' } },
  };
  app.get('/metrics', { config: { auth: 'none', api } }, async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
