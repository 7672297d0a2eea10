import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redeemResponseSchema, type Redemption } from '../../../shared/backend-api.js';
import { verifyLedger } from '../../../backend/ledger/verify-ledger.js';
import {
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const run = promisify(execFile);

// What an attacker or a bug with database access tries: rewrite history. The database refuses,
// and what gets past it (an owner who turns the triggers off) the hash chain reports.
describeEachDialect('a ledger the database protects', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let counter: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    counter = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
  });
  afterAll(async () => backend?.close());

  const db = () => backend.database.db;
  const approval = (reason: string) => ({ managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason });
  async function redeem(code: string, amountMinor: number, idempotencyKey = randomUUID()): Promise<Redemption> {
    const response = await counter.post('/v1/redemptions', { code, amountMinor, currency: 'USD', idempotencyKey });
    expect(response.status, response.text).toBe(201);
    return redeemResponseSchema.parse(response.body).redemption;
  }
  const verify = () => verifyLedger(db(), backend.ctx.config.chainKey);

  it('keeps every legitimate change working, and the chain verifies', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    const voided = await redeem(card.code, 1200);
    expect((await counter.post(`/v1/redemptions/${voided.id}/void`, approval('wrong card'))).status).toBe(200);
    const reversedKey = randomUUID();
    await redeem(card.code, 300, reversedKey);
    expect((await counter.post('/v1/reversals', { idempotencyKey: reversedKey })).body).toEqual({ status: 'reversed' });
    // A reversal of a key never seen leaves a tombstone.
    expect((await counter.post('/v1/reversals', { idempotencyKey: randomUUID() })).body).toEqual({
      status: 'not_applied',
    });
    await redeem(card.code, 450);
    const lost = await backend.seed.card(seeded.store, 800);
    expect((await counter.post('/v1/cards/freeze', { code: lost.code, ...approval('stolen') })).status).toBe(200);
    const moved = await counter.post('/v1/cards/transfer', {
      code: lost.code,
      toCode: card.code,
      ...approval('replacement card'),
    });
    expect(moved.status, moved.text).toBe(200);

    const report = await verify();
    expect(report.breaks).toEqual([]);
    expect(report.activities).toBeGreaterThanOrEqual(10);
    const chain = await db()
      .selectFrom('activities')
      .select(['seq', 'kind'])
      .where('card_id', '=', card.id)
      .orderBy('seq')
      .execute();
    expect(chain.map((row) => row.seq)).toEqual(chain.map((_, i) => i + 1));
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });

  it('refuses UPDATE and DELETE of activities, redemptions and idempotency records', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const redemption = await redeem(card.code, 500);
    const refused = /append-only ledger/;
    await expect(
      db().updateTable('activities').set({ amount_minor: -1 }).where('card_id', '=', card.id).execute(),
    ).rejects.toThrow(refused);
    await expect(db().deleteFrom('activities').where('card_id', '=', card.id).execute()).rejects.toThrow(refused);
    await expect(
      db().updateTable('redemptions').set({ amount_minor: 1 }).where('id', '=', redemption.id).execute(),
    ).rejects.toThrow(refused);
    await expect(db().deleteFrom('redemptions').where('id', '=', redemption.id).execute()).rejects.toThrow(refused);
    await expect(db().deleteFrom('idempotency_records').execute()).rejects.toThrow(refused);
    await expect(
      db()
        .updateTable('idempotency_records')
        .set({ response_json: '{}' })
        .where('redemption_id', '=', redemption.id)
        .execute(),
    ).rejects.toThrow(refused);
    if (dialect === 'postgres') {
      await expect(sql`truncate activities`.execute(db())).rejects.toThrow(refused);
      await expect(sql`truncate idempotency_records`.execute(db())).rejects.toThrow(refused);
    }
    expect((await verify()).breaks).toEqual([]);
  });

  it('lets a redemption only move from applied to voided or reversed', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const redemption = await redeem(card.code, 500);
    expect((await counter.post(`/v1/redemptions/${redemption.id}/void`, approval('mistake'))).status).toBe(200);
    await expect(
      db().updateTable('redemptions').set({ status: 'applied' }).where('id', '=', redemption.id).execute(),
    ).rejects.toThrow(/append-only ledger/);
  });

  it('refuses changes to what a card is, and its deletion; balance and state stay writable', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const refused = /append-only ledger/;
    for (const change of [
      { face_value_minor: 99_999 },
      { code_hmac: 'f'.repeat(64) },
      { currency: 'EUR' },
      { region: 'FR' },
      { last4: 'ZZZZ' },
      { ledger_seq: 0 },
    ]) {
      await expect(db().updateTable('cards').set(change).where('id', '=', card.id).execute()).rejects.toThrow(refused);
    }
    await expect(db().deleteFrom('cards').where('id', '=', card.id).execute()).rejects.toThrow(refused);
    await db()
      .updateTable('cards')
      .set({ status: 'frozen', frozen_reason: 'checking' })
      .where('id', '=', card.id)
      .execute();
    await db().updateTable('cards').set({ status: 'active', frozen_reason: null }).where('id', '=', card.id).execute();
  });

  it('reports a history rewritten behind the triggers so that it still replays', async () => {
    const card = await backend.seed.card(seeded.store, 2000);
    const redemption = await redeem(card.code, 900);
    const activity = await db()
      .selectFrom('activities')
      .select('id')
      .where('redemption_id', '=', redemption.id)
      .executeTakeFirstOrThrow();
    // The owner turns the guards off and makes the sale $2 instead of $9, consistently everywhere.
    await withoutTriggers(async () => {
      await db()
        .updateTable('activities')
        .set({ amount_minor: -200, balance_after_minor: 1800 })
        .where('id', '=', activity.id)
        .execute();
      await db().updateTable('cards').set({ balance_minor: 1800 }).where('id', '=', card.id).execute();
    });
    expect(await ledgerMismatches(backend.database)).toEqual([]); // a plain replay sees nothing wrong
    const report = await verify();
    expect(report.breakCount).toBe(1);
    expect(report.breaks[0]).toMatchObject({ cardId: card.id, activityId: activity.id });
    expect(report.breaks[0]?.problem).toMatch(/hash does not match/);

    if (dialect === 'sqlite') {
      const cli = await run('npx', ['tsx', 'backend/admin/cli.ts', 'verify-ledger', '--json'], {
        env: {
          ...process.env,
          TILLCARD_DATA_DIR: backend.dataDir,
          TILLCARD_SERVER_KEY: backend.serverKey.toString('hex'),
        },
      }).catch((error: { code: number; stdout: string }) => error);
      expect('code' in cli ? cli.code : 0).toBe(2);
      expect(JSON.parse(cli.stdout)).toMatchObject({ ledger: { breakCount: 1 } });
    }
  });

  it('reports an activity deleted from the middle of a chain', async () => {
    const card = await backend.seed.card(seeded.store, 3000);
    const first = await redeem(card.code, 1000);
    await redeem(card.code, 500);
    await withoutTriggers(async () => {
      await db().deleteFrom('activities').where('redemption_id', '=', first.id).execute();
    });
    const breaks = (await verify()).breaks.filter((b) => b.cardId === card.id);
    expect(breaks.map((b) => b.problem).join('\n')).toMatch(/sequence 3 where 2 belongs/);
  });

  /** As the owner with the guards off: PostgreSQL disables the triggers; SQLite drops and re-creates them. */
  async function withoutTriggers(tamper: () => Promise<void>): Promise<void> {
    const tables = ['activities', 'cards', 'redemptions'];
    if (dialect === 'postgres') {
      for (const table of tables) await sql.raw(`alter table ${table} disable trigger user`).execute(db());
      try {
        await tamper();
      } finally {
        for (const table of tables) await sql.raw(`alter table ${table} enable trigger user`).execute(db());
      }
      return;
    }
    const saved = await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger'`.execute(db());
    const names = await sql<{ name: string }>`select name from sqlite_master where type = 'trigger'`.execute(db());
    for (const { name } of names.rows) await sql.raw(`drop trigger ${name}`).execute(db());
    try {
      await tamper();
    } finally {
      for (const row of saved.rows) await sql.raw(row.sql).execute(db());
    }
  }
});
