import type { CredentialsCache } from './auth/credentials-cache.js';
import type { Clock } from './clock.js';
import type { BackendConfig } from './config.js';
import type { OpenDatabase } from './db/database.js';
import type { BackendMetrics } from './metrics/metrics.js';

/** What every service needs: the database, the settings and the time. */
export interface BackendContext {
  database: OpenDatabase;
  config: BackendConfig;
  clock: Clock;
  /** The HTTP app's cache of accepted terminal keys and sessions; absent outside the app (CLI, tests). */
  credentialsCache?: CredentialsCache;
  /** Where security events (store-wide alerts) are logged; absent outside the app. */
  log?: { warn(fields: Record<string, unknown>, message: string): void };
  /** The HTTP app's Prometheus metrics; absent outside the app. */
  metrics?: BackendMetrics;
}
