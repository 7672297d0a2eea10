import { Validator } from '@seriousme/openapi-schema-validator';
import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMetrics } from '../../../backend/metrics/metrics.js';
import { openApiPath } from '../../../backend/openapi/openapi-document.js';
import { registerRoutes } from '../../../backend/routes.js';
import { apiClient, describeEachDialect, startTestBackend, type TestBackend } from '../../fixtures/backend/index.js';

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security: Array<Record<string, string[]>>; responses: Record<string, unknown> }>
  >;
}

/** Every route the backend registers, seen by a Fastify instance of the test's own. */
function registeredRoutes(backend: TestBackend): Array<{ method: string; url: string; auth: string }> {
  const app = Fastify();
  const routes: Array<{ method: string; url: string; auth: string }> = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, auth: route.config?.auth ?? 'terminal' });
    }
  });
  app.decorateRequest('terminal', null);
  app.decorateRequest('session', null);
  // The app's own context carries its metrics, as buildApp makes it.
  registerRoutes(app, { ...backend.ctx, metrics: createMetrics(backend.database) });
  return routes;
}

describeEachDialect('OpenAPI document', (dialect) => {
  let backend: TestBackend;
  let document: OpenApiDocument;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    const response = await apiClient(backend.url).get<OpenApiDocument>('/v1/openapi.json');
    expect(response.status).toBe(200);
    document = response.body;
  });
  afterAll(async () => backend?.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('holds every route the backend serves, with the credentials the route asks for', () => {
    const routes = registeredRoutes(backend);
    expect(routes.length).toBeGreaterThan(15);
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map((route) => `${route.method} ${openApiPath(route.url)}`).sort());
    for (const route of routes) {
      const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      const schemes = (operation?.security ?? []).flatMap((requirement) => Object.keys(requirement)).sort();
      const expected = {
        none: [],
        terminal: ['terminalKey'],
        session: ['sessionToken', 'terminalKey'],
        manager: ['sessionToken', 'terminalKey'],
      };
      expect(schemes, `${route.method} ${route.url}`).toEqual(expected[route.auth as keyof typeof expected]);
    }
  });

  it('describes bodies and answers from the schemas the routes validate with', () => {
    const redeem = document.paths['/v1/redemptions']?.post as unknown as {
      requestBody: {
        content: { 'application/json': { schema: { properties: Record<string, unknown>; required: string[] } } };
      };
      responses: Record<string, unknown>;
    };
    const body = redeem.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties).sort()).toEqual(['amountMinor', 'code', 'currency', 'idempotencyKey']);
    expect(body.required.sort()).toEqual(['code', 'currency', 'idempotencyKey']);
    expect(Object.keys(redeem.responses).sort()).toEqual(['201', 'default']);
    const page = document.paths['/v1/reports/activities']?.get as unknown as {
      parameters: Array<{ name: string; in: string }>;
    };
    expect(page.parameters.map((parameter) => `${parameter.in}:${parameter.name}`).sort()).toEqual([
      'query:cursor',
      'query:from',
      'query:limit',
      'query:to',
    ]);
  });
});
