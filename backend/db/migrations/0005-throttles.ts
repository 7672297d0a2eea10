/**
 * Throttling that slows the source of wrong guesses and never the whole store:
 * - throttles: one failure count and growing delay per source (see backend/throttle/);
 * - security_alerts: a store-wide burst of failures, raised for managers instead of a lock.
 * The older entry_locks table and the staff PIN-lock columns are no longer written.
 */
import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

type AnyTable = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const strict = (table: AnyTable): AnyTable => (isSqlite ? table.modifyEnd(sql`strict`) : table);
  const create = (name: string): AnyTable => db.schema.createTable(name) as unknown as AnyTable;

  // kind: 'entry_terminal' / 'entry_cashier' (failed code lookups of a terminal / a cashier),
  // 'signin' / 'approval' (wrong PINs for one staff member on one terminal), 'entry_store' /
  // 'pin_store' (store-wide counts that raise an alert, never a delay). subject: the source's id
  // (terminal, cashier or store id, or "terminalId staffId" for sign-in and approvals).
  await create('throttles')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('entry_terminal', 'entry_cashier', 'entry_store', 'signin', 'approval', 'pin_store')`),
    )
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('store_id', 'text', (c) => c.notNull())
    .addColumn('terminal_id', 'text')
    .addColumn('staff_id', 'text')
    .addColumn('failure_count', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('delayed_until', 'text')
    .addColumn('lifted_by', 'text')
    .addColumn('lifted_at', 'text')
    .addPrimaryKeyConstraint('throttles_pk', ['kind', 'subject'])
    .$call(strict)
    .execute();
  await db.schema.createIndex('throttles_by_store').on('throttles').columns(['store_id', 'delayed_until']).execute();

  // kind: 'lookup_failures' (unknown codes across the store) or 'pin_failures' (wrong PINs).
  await create('security_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('store_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('lookup_failures', 'pin_failures')`))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('failure_count', 'integer', (c) => c.notNull())
    .addColumn('dismissed_by', 'text')
    .addColumn('dismissed_at', 'text')
    .$call(strict)
    .execute();
  await db.schema
    .createIndex('security_alerts_by_store')
    .on('security_alerts')
    .columns(['store_id', 'dismissed_at', 'raised_at'])
    .execute();
}
