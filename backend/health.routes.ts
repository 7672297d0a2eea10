import type { FastifyInstance } from 'fastify';

export function healthRoutes(app: FastifyInstance): void {
  app.get('/healthz', { config: { auth: 'none' } }, async () => ({ ok: true as const }));
}
