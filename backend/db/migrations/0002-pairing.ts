/**
 * Pairing codes: a manager makes a one-time code, a new terminal exchanges it for its key.
 * Codes are stored as an HMAC (server key), never as typed; failed attempts are counted so a
 * code cannot be guessed by trying.
 */
import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

type AnyTable = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const strict = (table: AnyTable): AnyTable => (isSqlite ? table.modifyEnd(sql`strict`) : table);
  const create = (name: string): AnyTable => db.schema.createTable(name) as unknown as AnyTable;

  // created_by: the manager's staff id, or 'admin' for the admin CLI. used_at and terminal_id are
  // set together, once, when a terminal pairs with the code.
  await create('pairing_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
    .addColumn('terminal_name', 'text', (c) => c.notNull())
    .addColumn('code_hmac', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('terminal_id', 'text', (c) => c.references('terminals.id'))
    .$call(strict)
    .execute();

  // scope: 'client' (scope_id is the caller's IP address) or 'all' (scope_id is 'all': every
  // caller together, so many addresses cannot share the guessing).
  await create('pairing_attempts')
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('client', 'all')`))
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('failure_count', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addPrimaryKeyConstraint('pairing_attempts_pk', ['scope', 'scope_id'])
    .$call(strict)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pairing_attempts').execute();
  await db.schema.dropTable('pairing_codes').execute();
}
