/**
 * Selling, reloading and refunding to cards at the till:
 * - stores: the amounts a till may activate or load and whether cards may be reloaded at all;
 * - activities.kind gains 'load' (+, a reload at the till) and 'refund' (+, a return credited to a card);
 * - sale_requests: what a till's activation, load or refund answered under its idempotency key.
 */
import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

type AnyTable = CreateTableBuilder<string, string>;

const OLD_KINDS = `'transfer_in', 'close')`;
const NEW_KINDS = `'transfer_in', 'close', 'load', 'refund')`;
const ALL_KINDS = sql`kind in ('activate', 'redeem', 'void', 'reversal', 'adjust', 'freeze', 'unfreeze', 'transfer_out', 'transfer_in', 'close', 'load', 'refund')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const money = isSqlite ? 'integer' : 'bigint';

  // Defaults: activations between 5.00 and 500.00, reload off, at most 500.00 on a card.
  await db.schema
    .alterTable('stores')
    .addColumn('activation_min_minor', money, (c) => c.notNull().defaultTo(500))
    .execute();
  await db.schema
    .alterTable('stores')
    .addColumn('activation_max_minor', money, (c) => c.notNull().defaultTo(50000))
    .execute();
  // reload_allowed: 1 when the store's cards may be loaded again at the till, 0 (default) when not.
  await db.schema
    .alterTable('stores')
    .addColumn('reload_allowed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('stores')
    .addColumn('max_balance_minor', money, (c) => c.notNull().defaultTo(50000))
    .execute();

  if (isSqlite) await widenKindsOnSqlite(db);
  else {
    await sql`alter table activities drop constraint activities_kind_check`.execute(db);
    await sql`alter table activities add constraint activities_kind_check check (${ALL_KINDS})`.execute(db);
  }

  // kind: 'activate', 'load' or 'refund'. response_json: the 2xx answer, sent again on a repeat.
  const table = db.schema
    .createTable('sale_requests')
    .addColumn('terminal_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('activate', 'load', 'refund')`))
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sale_requests_pk', ['terminal_id', 'idempotency_key']) as unknown as AnyTable;
  await (isSqlite ? table.modifyEnd(sql`strict`) : table).execute();
}

/**
 * SQLite cannot alter a CHECK: the table is rebuilt from its own definition with the wider list,
 * keeping every column, index and trigger it has (whatever later migrations added to it).
 */
async function widenKindsOnSqlite(db: Kysely<unknown>): Promise<void> {
  const rows = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_schema where tbl_name = 'activities'`.execute(db);
  const tableSql = rows.rows.find((row) => row.type === 'table')?.sql ?? '';
  if (!tableSql.includes(OLD_KINDS)) throw new Error('activities.kind check is not the one expected');
  const rebuilt = tableSql
    .replace(OLD_KINDS, NEW_KINDS)
    .replace(/^create table "?activities"?/i, 'create table "activities_new"');
  const dependents = rows.rows.filter((row) => row.type !== 'table' && row.sql !== null);
  await sql.raw(rebuilt).execute(db);
  await sql`insert into activities_new select * from activities`.execute(db);
  await sql`drop table activities`.execute(db);
  await sql`alter table activities_new rename to activities`.execute(db);
  for (const row of dependents) await sql.raw(row.sql ?? '').execute(db);
}
