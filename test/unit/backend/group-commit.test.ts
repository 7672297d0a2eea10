import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../backend/db/database.js';
import { inWriteTransaction } from '../../../backend/db/transaction.js';

const card = (id: string, balanceMinor = 100) => ({
  id,
  code_hmac: `hmac-${id}`,
  last4: 'AAAA',
  requires_check: 1,
  status: 'active' as const,
  currency: 'USD',
  region: 'US',
  balance_minor: balanceMinor,
  face_value_minor: balanceMinor,
  created_at: '2026-01-01T00:00:00.000Z',
});

describe('SQLite group commit', () => {
  let dataDir: string;
  let database: OpenDatabase;
  let batches: number[];

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillcard-group-commit-'));
    database = await openDatabase({ dataDir });
    batches = [];
    if (database.groupCommit) database.groupCommit.onBatch = (size) => batches.push(size);
  });
  afterEach(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** What another process reading the file sees: only what was committed. */
  function committedIds(): string[] {
    const reader = new BetterSqlite3(join(dataDir, 'tillcard.sqlite'), { readonly: true });
    try {
      return (reader.prepare('select id from cards order by id').all() as Array<{ id: string }>).map((row) => row.id);
    } finally {
      reader.close();
    }
  }

  it('lets writes arriving together share one COMMIT, each atomic on its own: one that fails takes only itself back', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      inWriteTransaction(database, async (trx) => {
        await trx
          .insertInto('cards')
          .values(card(`crd_${String(i).padStart(2, '0')}`))
          .execute();
        // The 7th writes a second row, then fails: neither of its rows may stay.
        if (i === 7) {
          await trx.insertInto('cards').values(card('crd_extra')).execute();
          throw new Error('declined after writing');
        }
        return i;
      }),
    );
    const settled = await Promise.allSettled(writes);
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(19);
    expect(settled[7]).toMatchObject({ status: 'rejected', reason: { message: 'declined after writing' } });
    const expected = Array.from({ length: 20 }, (_, i) => `crd_${String(i).padStart(2, '0')}`).filter(
      (id) => id !== 'crd_07',
    );
    expect(committedIds()).toEqual(expected);
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(20);
    expect(Math.max(...batches)).toBeGreaterThan(1);
  });

  it('answers a write only once it is committed and visible to another connection', async () => {
    const seen = await Promise.all(
      ['crd_a', 'crd_b', 'crd_c'].map(async (id) => {
        await inWriteTransaction(database, (trx) => trx.insertInto('cards').values(card(id)).execute());
        return committedIds().includes(id);
      }),
    );
    expect(seen).toEqual([true, true, true]);
  });

  it('a later write of the batch sees what an earlier one wrote, as if one after the other', async () => {
    await inWriteTransaction(database, (trx) => trx.insertInto('cards').values(card('crd_shared', 100)).execute());
    const debit = (amountMinor: number) =>
      inWriteTransaction(database, async (trx) => {
        const updated = await trx
          .updateTable('cards')
          .set({ balance_minor: sql<number>`balance_minor - ${amountMinor}` })
          .where('id', '=', 'crd_shared')
          .where('balance_minor', '>=', amountMinor)
          .returning('balance_minor')
          .executeTakeFirst();
        return updated?.balance_minor ?? null;
      });
    const answers = await Promise.all([debit(60), debit(60), debit(30)]);
    expect(answers).toEqual([40, null, 10]);
  });

  it('when the COMMIT fails, every write of the batch fails and none is kept', async () => {
    const good = inWriteTransaction(database, (trx) => trx.insertInto('cards').values(card('crd_good')).execute());
    // A foreign key checked only at COMMIT (deferred) fails the COMMIT itself, as a full disk would.
    const breaking = inWriteTransaction(database, async (trx) => {
      await sql`pragma defer_foreign_keys = on`.execute(trx);
      await trx
        .insertInto('activities')
        .values({
          id: 'act_orphan',
          card_id: 'crd_missing',
          kind: 'adjust',
          amount_minor: 1,
          balance_after_minor: 1,
          store_id: null,
          terminal_id: null,
          cashier_id: null,
          shift_id: null,
          manager_id: null,
          redemption_id: null,
          reason: null,
          created_at: '2026-01-01T00:00:00.000Z',
        })
        .execute();
    });
    const [goodOutcome, breakingOutcome] = await Promise.allSettled([good, breaking]);
    expect(goodOutcome.status).toBe('rejected');
    expect(breakingOutcome.status).toBe('rejected');
    expect(committedIds()).toEqual([]);
    // The connection is usable again afterwards.
    await inWriteTransaction(database, (trx) => trx.insertInto('cards').values(card('crd_after')).execute());
    expect(committedIds()).toEqual(['crd_after']);
  });
});
