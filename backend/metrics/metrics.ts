/**
 * The backend's Prometheus metrics (prom-client), one registry per app. What a chain watches:
 * request latency per route, redemptions by outcome, lockouts, and the database pool's use.
 * Counters live in this process (sum them over instances); lockouts are read from the ledger at
 * each scrape, so they are the database's total, the same on every instance (take the max).
 */
import { sql } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OpenDatabase } from '../db/database.js';

/** Seconds: from a cached lookup (~1 ms) to a request stuck behind a slow disk or a lock. */
const LATENCY_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export interface BackendMetrics {
  registry: Registry;
  /** One answered request: its route pattern (never the raw URL, which can hold an idempotency key). */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  /** 'applied', 'replayed', or the error code the redemption was answered with. */
  countRedemption(outcome: string): void;
}

export function createMetrics(database: OpenDatabase): BackendMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requestSeconds = new Histogram({
    name: 'tillcard_http_request_duration_seconds',
    help: 'Time from request to answer, by route pattern, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS_S,
    registers: [registry],
  });
  const redemptions = new Counter({
    name: 'tillcard_redemptions_total',
    help: 'Answers to POST /v1/redemptions by outcome: applied, replayed (a stored approval sent again for a repeated key) or the error code.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  new Counter({
    name: 'tillcard_lockouts_total',
    help: 'Code-entry lockouts recorded in the database (every instance reports the same total), by scope.',
    labelNames: ['scope'] as const,
    registers: [registry],
    async collect() {
      const rows = await lockoutsByScope(database);
      if (rows === null) return;
      this.reset();
      for (const row of rows) this.inc({ scope: row.scope }, Number(row.count));
    },
  });
  registerPoolGauges(registry, database);
  if (database.groupCommit !== undefined) {
    const batchSizes = new Histogram({
      name: 'tillcard_sqlite_commit_batch_size',
      help: 'Write transactions that shared one SQLite COMMIT (one fsync).',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128],
      registers: [registry],
    });
    database.groupCommit.onBatch = (size) => batchSizes.observe(size);
  }

  return {
    registry,
    observeRequest: (method, route, status, seconds) =>
      requestSeconds.observe({ method, route, status: String(status) }, seconds),
    countRedemption: (outcome) => redemptions.inc({ outcome }),
  };
}

/** A scrape must not fail with the database: without it the lockout count is left out. */
async function lockoutsByScope(database: OpenDatabase): Promise<Array<{ scope: string; count: unknown }> | null> {
  try {
    const result = await sql<{ scope: string; count: unknown }>`
      select scope, count(*) as count from lockout_events group by scope`.execute(database.db);
    return result.rows;
  } catch {
    return null;
  }
}

function registerPoolGauges(registry: Registry, database: OpenDatabase): void {
  const pool = database.pgPool;
  const gauge = (name: string, help: string, read: () => number): void => {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  };
  // SQLite has one connection, and the write lock orders every write on it.
  gauge('tillcard_db_pool_max_connections', 'Connections the pool may open (DATABASE_POOL_SIZE; 1 on SQLite).', () =>
    pool === undefined ? 1 : pool.options.max,
  );
  gauge('tillcard_db_pool_connections', 'Connections open now.', () => (pool === undefined ? 1 : pool.totalCount));
  gauge('tillcard_db_pool_idle_connections', 'Open connections not in use.', () =>
    pool === undefined ? 0 : pool.idleCount,
  );
  gauge('tillcard_db_pool_waiting_requests', 'Queries waiting for a free connection.', () =>
    pool === undefined ? 0 : pool.waitingCount,
  );
}
