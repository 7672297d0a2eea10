import type { z } from 'zod';

/**
 * What a route tells the OpenAPI document about itself, declared next to its handler as
 * `config: { auth, api: { … } }`, with the same zod schemas the handler parses with
 * (shared/backend-api.ts). A route without one fails the OpenAPI test.
 */
export interface RouteDoc {
  summary: string;
  description?: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** The `:name` segments of the route's path. */
  params?: z.ZodObject;
  /** Answers that are not errors, by status: a JSON schema, a text body, or null for no body (204). */
  responses: Record<number, z.ZodType | { text: string } | null>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    api?: RouteDoc;
  }
}
