/**
 * The OpenAPI 3.1 document of protocol v1, built from the routes as registered: each route's
 * method, path and auth level, and the zod schemas of its `config.api` (zod-openapi turns them
 * into JSON Schema 2020-12). Errors share one schema, described in docs/api.md#error-codes.
 */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import {
  cardViewSchema,
  errorBodySchema,
  redemptionSchema,
  shiftSchema,
  storeSchema,
  totalsSchema,
} from '../../shared/backend-api.js';
import type { AuthLevel } from '../auth/auth.types.js';
import type { RouteDoc } from './route-doc.js';

export interface RegisteredRoute {
  method: string;
  /** Fastify's path, with `:name` parameters. */
  url: string;
  auth: AuthLevel;
  api: RouteDoc | undefined;
}

const SECURITY: Record<AuthLevel, Array<Record<string, string[]>>> = {
  none: [],
  terminal: [{ terminalKey: [] }],
  session: [{ terminalKey: [], sessionToken: [] }],
  manager: [{ terminalKey: [], sessionToken: [] }],
};

const AUTH_NOTE: Record<AuthLevel, string> = {
  none: 'No credentials.',
  terminal: "The terminal's key.",
  session: "The terminal's key and a signed-in cashier's or manager's session.",
  manager: "The terminal's key and a signed-in manager's session (a cashier's is 403 forbidden).",
};

/** `/v1/redemptions/:id/void` → `/v1/redemptions/{id}/void`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function buildOpenApiDocument(
  routes: readonly RegisteredRoute[],
  version: string,
): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    if (route.api === undefined)
      throw new Error(`${route.method} ${route.url} has no config.api for the OpenAPI document`);
    const path = (paths[openApiPath(route.url)] ??= {});
    path[route.method.toLowerCase() as 'get'] = operation(route, route.api);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Tillcard backend',
      version,
      description:
        'Protocol v1 between Tillcard terminals and the redemption backend. Money is an integer of minor units; ' +
        'card codes never come back (only their last 4). docs/api.md explains each call, idempotency and the error codes.',
    },
    components: {
      securitySchemes: {
        terminalKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The terminal's key (`Authorization: Bearer <key>`), shown once when the terminal is added or paired.",
        },
        sessionToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Session-Token',
          description: 'The token of POST /v1/sessions, valid on the terminal that opened it.',
        },
      },
      schemas: {
        Error: errorBodySchema,
        Store: storeSchema,
        Shift: shiftSchema,
        Card: cardViewSchema,
        Redemption: redemptionSchema,
        Totals: totalsSchema,
      },
    },
    paths,
  });
}

function operation(route: RegisteredRoute, api: RouteDoc): ZodOpenApiOperationObject {
  const responses: ZodOpenApiOperationObject['responses'] = {};
  for (const [code, body] of Object.entries(api.responses)) {
    const status = code as `${1 | 2 | 3 | 4 | 5}${string}`;
    if (body === null) responses[status] = { description: 'No body.' };
    else if ('text' in body) {
      responses[status] = { description: body.text, content: { 'text/plain': { schema: { type: 'string' } } } };
    } else responses[status] = { description: 'Success.', content: { 'application/json': { schema: body } } };
  }
  responses.default = {
    description:
      'An error: `error.code` names it (docs/api.md#error-codes); no message holds a code, PIN, key or token.',
    content: { 'application/json': { schema: errorBodySchema } },
  };
  return {
    operationId: `${route.method.toLowerCase()}${openApiPath(route.url).replace(/[^A-Za-z0-9]+(.)?/g, (_m, next: string | undefined) => (next ?? '').toUpperCase())}`,
    summary: api.summary,
    description: [api.description, AUTH_NOTE[route.auth]].filter(Boolean).join('\n\n'),
    security: SECURITY[route.auth],
    ...(api.query || api.params
      ? { requestParams: { ...(api.query ? { query: api.query } : {}), ...(api.params ? { path: api.params } : {}) } }
      : {}),
    ...(api.body ? { requestBody: { required: true, content: { 'application/json': { schema: api.body } } } } : {}),
    responses,
  };
}
