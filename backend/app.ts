import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { installAuth } from './auth/auth.plugin.js';
import { CredentialsCache } from './auth/credentials-cache.js';
import { systemClock, type Clock } from './clock.js';
import type { BackendConfig } from './config.js';
import type { BackendContext } from './context.js';
import type { OpenDatabase } from './db/database.js';
import { installErrorHandlers } from './http/error-handler.js';
import { installRequestLog } from './http/request-log.js';
import { createMetrics } from './metrics/metrics.js';
import { registerRoutes } from './routes.js';

export interface BuildAppOptions {
  database: OpenDatabase;
  config: BackendConfig;
  clock?: Clock;
  /** A pino logger; silent when omitted. */
  logger?: FastifyBaseLogger;
}

/** The HTTP API over an open, migrated database. The caller owns the database and closes it. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const ctx: BackendContext = {
    database: options.database,
    config: options.config,
    clock: options.clock ?? systemClock,
    credentialsCache: new CredentialsCache(options.config.credentialsCacheTtlMs),
    metrics: createMetrics(options.database),
  };
  const app = Fastify({
    loggerInstance: options.logger ?? pino({ level: 'silent' }),
    // Fastify's own request lines are off: http/request-log.ts writes one safe line per request.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.config.bodyLimitBytes,
    // Idempotency keys and ids are short; anything longer is not ours.
    routerOptions: { maxParamLength: 128 },
  });
  ctx.log = app.log;
  installErrorHandlers(app);
  installRequestLog(app);
  installAuth(app, ctx);
  registerRoutes(app, ctx);
  await app.ready();
  return app;
}
