/**
 * The fingerprint of the server key the database's card codes are HMAC'ed with, so a backend
 * started with another key refuses to start instead of answering card_not_found for every real
 * card (crypto/server-key-check.ts). One row; the fingerprint is an HMAC of a fixed text under the
 * key, which tells keys apart without revealing either.
 */
import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

type AnyTable = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const strict = (table: AnyTable): AnyTable => (isSqlite ? table.modifyEnd(sql`strict`) : table);
  // id: always 'server_key' (one row per database).
  await (db.schema.createTable('server_key_check') as unknown as AnyTable)
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'server_key'`))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call(strict)
    .execute();
}
