import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BackendContext } from '../context.js';
import { buildOpenApiDocument, type RegisteredRoute } from './openapi-document.js';

export const PROTOCOL_VERSION = '1';

/**
 * GET /v1/openapi.json. Registered first, it sees every route registered after it (onRoute) and
 * builds the document once, on the first request. HEAD routes Fastify adds for GETs are left out.
 */
export function openApiRoutes(app: FastifyInstance, _ctx: BackendContext): void {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, auth: route.config?.auth ?? 'terminal', api: route.config?.api });
    }
  });
  let document: string | undefined;
  app.get(
    '/v1/openapi.json',
    {
      config: {
        auth: 'none',
        api: {
          summary: 'This document',
          description: 'OpenAPI 3.1, generated from the zod schemas the routes validate with.',
          responses: { 200: z.looseObject({ openapi: z.string() }) },
        },
      },
    },
    async (_request, reply) => {
      document ??= JSON.stringify(buildOpenApiDocument(routes, PROTOCOL_VERSION));
      return reply.type('application/json; charset=utf-8').send(document);
    },
  );
}
