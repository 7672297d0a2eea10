/**
 * Indexes that keep reports flat as the ledger grows. Each replaces one of the same name, so a
 * redemption maintains no more indexes than before:
 * - activities_by_shift: (shift_id, created_at, id), the X and Z report's page order and cursor;
 *   it also carries kind, amount and balance after, so the shift's totals are read from the index
 *   alone (PostgreSQL INCLUDE; SQLite keeps them as trailing key columns);
 * - activities_by_store: (store_id, created_at, id), the activities report's order and cursor.
 */
import { sql, SqliteAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema.dropIndex('activities_by_shift').execute();
  await db.schema.dropIndex('activities_by_store').execute();
  if (isSqlite) {
    await sql`create index activities_by_shift on activities (shift_id, created_at, id, kind, amount_minor, balance_after_minor)`.execute(
      db,
    );
  } else {
    await sql`create index activities_by_shift on activities (shift_id, created_at, id) include (kind, amount_minor, balance_after_minor)`.execute(
      db,
    );
  }
  await db.schema
    .createIndex('activities_by_store')
    .on('activities')
    .columns(['store_id', 'created_at', 'id'])
    .execute();
}
