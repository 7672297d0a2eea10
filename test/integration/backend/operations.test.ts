/**
 * What a chain's operations watch: /readyz follows the database while /healthz stays up, and
 * /metrics counts what happened (redemptions by outcome, latency per route, lockouts, pool use).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../backend/config.js';
import { codeFromRandom, CODE_LENGTH } from '../../../shared/claim-code.js';
import {
  apiClient,
  describeEachDialect,
  signedIn,
  startTestBackend,
  TEST_PG_URL,
  type TestBackend,
} from '../../fixtures/backend/index.js';

/**
 * The sum of the sample lines of Prometheus' text format named `name` that carry every label
 * given, or undefined when there is none.
 */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  let sum: number | undefined;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const present = (match[2] ?? '').split(',').filter(Boolean);
    if (wanted.every((label) => present.includes(label))) sum = (sum ?? 0) + Number(match[3]);
  }
  return sum;
}

/** Makes the database refuse, runs fn, and lets it answer again (also when fn fails). */
async function whileDatabaseRefuses(backend: TestBackend, fn: () => Promise<void>): Promise<void> {
  if (backend.dialect === 'sqlite') {
    // Another process holds the write lock: no redemption could commit.
    const other = new BetterSqlite3(join(backend.dataDir, 'tillcard.sqlite'));
    other.exec('begin immediate');
    try {
      await fn();
    } finally {
      other.exec('rollback');
      other.close();
    }
    return;
  }
  const name = new URL(backend.databaseUrl ?? '').pathname.slice(1);
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`alter database "${name}" with allow_connections false`);
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
    await fn();
  } finally {
    await admin.query(`alter database "${name}" with allow_connections true`);
    await admin.end();
  }
}

describeEachDialect('readiness and metrics', (dialect) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({
      dialect,
      config: {
        throttle: { ...DEFAULT_CONFIG.throttle, entry: { ...DEFAULT_CONFIG.throttle.entry, freeFailures: 2 } },
      },
    });
  });
  afterAll(async () => backend?.close());

  it('answers /readyz 503 while the database does not answer, and 200 again after; /healthz stays 200', async () => {
    const anyone = apiClient(backend.url);
    expect(await anyone.get('/readyz')).toMatchObject({ status: 200, body: { ready: true } });
    await whileDatabaseRefuses(backend, async () => {
      const refused = await anyone.get('/readyz');
      expect(refused).toMatchObject({ status: 503, body: { ready: false, reason: 'the database does not answer' } });
      expect(await anyone.get('/healthz')).toMatchObject({ status: 200, body: { ok: true } });
    });
    expect(await anyone.get('/readyz')).toMatchObject({ status: 200, body: { ready: true } });
  });

  it('counts redemptions by outcome, times each route, and reports lockouts and the pool', async () => {
    const seeded = await backend.seed.store();
    const { api } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    const card = await backend.seed.card(seeded.store, 1_000);
    const redeem = (body: Record<string, unknown>) => api.post('/v1/redemptions', { currency: 'USD', ...body });
    const first = { code: card.code, amountMinor: 400, idempotencyKey: randomUUID() };
    expect((await redeem(first)).status).toBe(201);
    expect((await redeem(first)).status).toBe(201);
    expect((await redeem({ code: card.code, amountMinor: 300, idempotencyKey: randomUUID() })).status).toBe(201);
    expect((await redeem({ code: card.code, amountMinor: 999, idempotencyKey: randomUUID() })).status).toBe(409);
    // Two unknown codes reach this terminal's 2 free failures: one wait.
    const unknown = () => codeFromRandom(randomBytes(CODE_LENGTH - 1));
    expect((await redeem({ code: unknown(), amountMinor: 1, idempotencyKey: randomUUID() })).status).toBe(404);
    expect((await redeem({ code: unknown(), amountMinor: 1, idempotencyKey: randomUUID() })).status).toBe(429);
    expect((await redeem({ code: card.code, amountMinor: 1, idempotencyKey: randomUUID() })).status).toBe(429);

    const response = await fetch(`${backend.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const outcome = (name: string) => sample(text, 'tillcard_redemptions_total', { outcome: name });
    expect(outcome('applied')).toBe(2);
    expect(outcome('replayed')).toBe(1);
    expect(outcome('insufficient_funds')).toBe(1);
    expect(outcome('card_not_found')).toBe(1);
    expect(outcome('entry_delayed')).toBe(2);
    const redemptionsTimed = sample(text, 'tillcard_http_request_duration_seconds_count', {
      method: 'POST',
      route: '/v1/redemptions',
    });
    expect(redemptionsTimed).toBe(7);
    expect(sample(text, 'tillcard_http_request_duration_seconds_count', { route: '/v1/sessions', status: '201' })).toBe(
      1,
    );
    expect(sample(text, 'tillcard_lockouts_total', { scope: 'terminal' })).toBe(1);
    expect(sample(text, 'tillcard_db_pool_max_connections')).toBe(dialect === 'postgres' ? 10 : 1);
    expect(sample(text, 'tillcard_db_pool_connections')).toBeGreaterThanOrEqual(1);
    // The scrape's own lockout query may be waiting for a connection at the moment it is read.
    expect(sample(text, 'tillcard_db_pool_waiting_requests')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    // Routes by their pattern: no idempotency key, code or token in any label.
    expect(text).not.toContain(card.code);
    expect(text).not.toContain(first.idempotencyKey);
  });
});
