import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../backend/db/database.js';
import { inWriteTransaction, RetryTransaction } from '../../../backend/db/transaction.js';

describe('openDatabase on SQLite', () => {
  it('creates the schema and refuses a negative balance', async () => {
    const database = await openDatabase({ dataDir: ':memory:' });
    try {
      const insert = database.db.insertInto('cards').values({
        id: 'crd_x',
        code_hmac: 'h1',
        last4: 'AAAA',
        requires_check: 1,
        status: 'active',
        currency: 'USD',
        region: 'US',
        balance_minor: -1,
        face_value_minor: 0,
        created_at: '2026-01-01T00:00:00.000Z',
      });
      await expect(insert.execute()).rejects.toThrow(/CHECK/i);
    } finally {
      await database.close();
    }
  });
});

describe('inWriteTransaction', () => {
  it('rolls back everything when the function throws', async () => {
    const database = await openDatabase({ dataDir: ':memory:' });
    try {
      const write = inWriteTransaction(database, async (trx) => {
        await trx
          .insertInto('stores')
          .values({
            id: 's1',
            name: 'n',
            address: '',
            region: 'US',
            currency: 'USD',
            timezone: 'UTC',
            locale: 'en',
            created_at: 'x',
          })
          .execute();
        throw new Error('stop');
      });
      await expect(write).rejects.toThrow('stop');
      expect(await database.db.selectFrom('stores').selectAll().execute()).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('runs the function again after RetryTransaction, and gives up after three attempts', async () => {
    const database = await openDatabase({ dataDir: ':memory:' });
    try {
      let attempts = 0;
      const result = await inWriteTransaction(database, async () => {
        attempts++;
        if (attempts < 2) throw new RetryTransaction('test');
        return 'done';
      });
      expect({ result, attempts }).toEqual({ result: 'done', attempts: 2 });
      let forever = 0;
      await expect(
        inWriteTransaction(database, async () => {
          forever++;
          throw new RetryTransaction('always');
        }),
      ).rejects.toThrow(RetryTransaction);
      expect(forever).toBe(3);
    } finally {
      await database.close();
    }
  });
});
