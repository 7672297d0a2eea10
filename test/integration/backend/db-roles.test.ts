import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpDbRoles } from '../../../backend/admin/db-roles.js';
import { buildApp } from '../../../backend/app.js';
import { makeConfig } from '../../../backend/config.js';
import { openDatabase, type OpenDatabase } from '../../../backend/db/database.js';
import { verifyLedger } from '../../../backend/ledger/verify-ledger.js';
import { makeSeeder, signedIn, startTestBackend, TEST_PG_URL, type TestBackend } from '../../fixtures/backend/index.js';

// The documented PostgreSQL setup: migrations as an owner role, the backend as a service role
// that cannot rewrite the ledger even if its password leaks or its code has a bug.
describe.runIf(TEST_PG_URL !== undefined && TEST_PG_URL !== '')('PostgreSQL owner and service roles', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `tillcard_owner_${suffix}`;
  const service = `tillcard_service_${suffix}`;
  let backend: TestBackend;
  let asService: OpenDatabase;
  let serviceApp: FastifyInstance;
  let serviceUrl = '';

  const urlAs = (role: string): string => {
    const url = new URL(backend.databaseUrl ?? '');
    url.username = role;
    url.password = '';
    return url.toString();
  };
  async function queryAs(role: string, text: string): Promise<void> {
    const client = new pg.Client({ connectionString: urlAs(role) });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    backend = await startTestBackend({ dialect: 'postgres' });
    await backend.stop();
    await setUpDbRoles({ databaseUrl: backend.databaseUrl ?? '', owner, service });
    // The backend as the service role: migrations are current, so it only reads their record.
    asService = await openDatabase({ databaseUrl: urlAs(service), dataDir: ':memory:', poolSize: 4 });
    const config = makeConfig(backend.serverKey);
    serviceApp = await buildApp({ database: asService, config, clock: { now: () => new Date() } });
    await serviceApp.listen({ port: 0, host: '127.0.0.1' });
    const address = serviceApp.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    serviceUrl = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await serviceApp?.close();
    await asService?.close();
    await backend?.close();
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    try {
      for (const role of [service, owner]) await admin.query(`drop role if exists ${role}`);
    } finally {
      await admin.end();
    }
  });

  it('serves redemptions and voids as the service role', async () => {
    const ctx = { database: asService, config: makeConfig(backend.serverKey), clock: { now: () => new Date() } };
    const seed = makeSeeder(ctx);
    const seeded = await seed.store();
    const card = await seed.card(seeded.store, 4000);
    const { api } = await signedIn(serviceUrl, seeded.terminal.key, seeded.cashier);
    const sale = await api.post<{ redemption: { id: string } }>('/v1/redemptions', {
      code: card.code,
      amountMinor: 1500,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    expect(sale.status, sale.text).toBe(201);
    const voided = await api.post(`/v1/redemptions/${sale.body.redemption.id}/void`, {
      managerId: seeded.manager.id,
      managerPin: seeded.manager.pin,
      reason: 'wrong card',
    });
    expect(voided.status, voided.text).toBe(200);
    expect((await verifyLedger(asService.db, ctx.config.chainKey)).breaks).toEqual([]);
  });

  it('refuses the service role any UPDATE, DELETE or TRUNCATE of the ledger', async () => {
    for (const statement of [
      'update activities set amount_minor = 0',
      'delete from activities',
      'truncate activities',
      'update redemptions set amount_minor = 1',
      'delete from redemptions',
      'delete from idempotency_records',
      'update cards set face_value_minor = 1',
      'delete from cards',
      'alter table activities disable trigger user',
      'drop trigger activities_guard_update on activities',
    ]) {
      await expect(queryAs(service, statement), statement).rejects.toThrow(/permission denied|must be owner/);
    }
  });

  it('refuses the owner too while the triggers are on', async () => {
    await expect(queryAs(owner, 'update activities set amount_minor = 0')).rejects.toThrow(/append-only ledger/);
    await expect(queryAs(owner, 'delete from redemptions')).rejects.toThrow(/append-only ledger/);
  });
});
