import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  dismissAlertResponseSchema,
  liftDelayRequestSchema,
  liftDelayResponseSchema,
  securityOverviewSchema,
} from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { dismissStoreAlert, liftStoreDelay, securityOverview } from './security.service.js';

/** The store's signed-in manager: alerts to read and dismiss, waits to lift. */
export function securityRoutes(app: FastifyInstance, ctx: BackendContext): void {
  const overviewDoc = {
    summary: 'Security alerts and waits',
    description: "The store's open alerts (store-wide failure bursts) and the waits running now, per source.",
    responses: { 200: securityOverviewSchema },
  };
  app.get('/v1/security', { config: { auth: 'manager', api: overviewDoc } }, async (request) =>
    securityOverview(ctx, terminalOf(request).store.id),
  );

  const dismissDoc = {
    summary: 'Dismiss a security alert',
    description: 'Marks an open alert of this store as seen by the signed-in manager.',
    params: z.object({ id: z.string() }),
    responses: { 200: dismissAlertResponseSchema },
  };
  app.post<{ Params: { id: string } }>(
    '/v1/security/alerts/:id/dismiss',
    { config: { auth: 'manager', api: dismissDoc } },
    async (request) => {
      await dismissStoreAlert(ctx, {
        storeId: terminalOf(request).store.id,
        alertId: request.params.id,
        managerId: sessionOf(request).staffId,
      });
      return { dismissed: true as const };
    },
  );

  const liftDoc = {
    summary: 'Lift a wait',
    description: 'Ends the running wait of one source (kind and subject as listed by GET /v1/security).',
    body: liftDelayRequestSchema,
    responses: { 200: liftDelayResponseSchema },
  };
  app.post('/v1/security/delays/lift', { config: { auth: 'manager', api: liftDoc } }, async (request) => {
    const input = parseBody(liftDelayRequestSchema, request.body);
    const lifted = await liftStoreDelay(ctx, {
      ...input,
      storeId: terminalOf(request).store.id,
      managerId: sessionOf(request).staffId,
    });
    return { lifted };
  });
}
