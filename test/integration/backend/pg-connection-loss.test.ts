import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiClient, describeEachDialect, startTestBackend, type TestBackend } from '../../fixtures/backend/index.js';

// A PostgreSQL restart or an administrator ending connections must not take the backend down:
// the pool drops the dead connections and the next request gets a fresh one.
describeEachDialect('database connections ended under the backend', (dialect) => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
  });
  afterAll(async () => backend?.close());

  it.runIf(dialect === 'postgres')('keeps answering after its idle connections are terminated', async () => {
    const seeded = await backend.seed.store();
    const terminal = apiClient(backend.url, { key: seeded.terminal.key });
    const before = await terminal.post('/v1/sessions', { cashierId: seeded.cashier.id, pin: seeded.cashier.pin });
    expect(before.status).toBe(201);

    const admin = new pg.Client({ connectionString: backend.databaseUrl });
    await admin.connect();
    const ended = await admin.query(
      'select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    await admin.end();
    expect(ended.rowCount).toBeGreaterThan(0);

    const after = await terminal.post('/v1/sessions', { cashierId: seeded.cashier.id, pin: seeded.cashier.pin });
    expect(after.status).toBe(201);
  });
});
