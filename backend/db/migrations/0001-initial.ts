/**
 * The whole schema of protocol v1. One migration serves both dialects: STRICT tables on SQLite,
 * bigint money on PostgreSQL (SQLite's INTEGER is already 64-bit). Enum columns are text with a
 * CHECK listing their values; each carries a comment saying what the values mean.
 */
import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

type AnyTable = CreateTableBuilder<string, string>;

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const money = isSqlite ? 'integer' : 'bigint';
  const strict = (table: AnyTable): AnyTable => (isSqlite ? table.modifyEnd(sql`strict`) : table);
  const create = (name: string): AnyTable => db.schema.createTable(name) as unknown as AnyTable;

  await create('stores')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call(strict)
    .execute();

  await create('terminals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .$call(strict)
    .execute();

  // role: 'cashier' redeems; 'manager' also approves voids, unlocks, freezes and reads reports.
  await create('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('cashier', 'manager')`))
    .addColumn('pin_hash', 'text', (c) => c.notNull())
    .addColumn('failed_pin_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pin_locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .$call(strict)
    .execute();

  // status: 'open' while the cashier works on the terminal; 'closed' after the Z report.
  await create('shifts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
    .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
    .addColumn('cashier_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .$call(strict)
    .execute();
  // At most one open shift per cashier and terminal.
  await db.schema
    .createIndex('shifts_one_open_per_cashier_terminal')
    .on('shifts')
    .columns(['cashier_id', 'terminal_id'])
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema.createIndex('shifts_by_store_opened').on('shifts').columns(['store_id', 'opened_at']).execute();

  await create('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
    .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .$call(strict)
    .execute();

  // status: 'inactive' sold but not activated; 'active' redeemable; 'frozen' lost, stolen or
  // suspicious (frozen_reason says why); 'closed' emptied by a transfer or closed by the issuer.
  await create('cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code_hmac', 'text', (c) => c.notNull().unique())
    .addColumn('last4', 'text', (c) => c.notNull())
    .addColumn('requires_check', 'integer', (c) => c.notNull().check(sql`requires_check in (0, 1)`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('inactive', 'active', 'frozen', 'closed')`))
    .addColumn('frozen_reason', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('balance_minor', money, (c) => c.notNull().check(sql`balance_minor >= 0`))
    .addColumn('face_value_minor', money, (c) => c.notNull().check(sql`face_value_minor >= 0`))
    .addColumn('expires_at', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('last_activity_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call(strict)
    .execute();

  await createLedgerTables(db, money, strict, create);
}

async function createLedgerTables(
  db: Kysely<unknown>,
  money: 'integer' | 'bigint',
  strict: (table: AnyTable) => AnyTable,
  create: (name: string) => AnyTable,
): Promise<void> {
  // kind: activate (+initial balance), redeem (-), void (+ back, manager), reversal (+ back, by
  // key), adjust (±, admin), freeze / unfreeze (0), transfer_out (-) / transfer_in (+), close (0).
  await create('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('activate', 'redeem', 'void', 'reversal', 'adjust', 'freeze', 'unfreeze', 'transfer_out', 'transfer_in', 'close')`,
        ),
    )
    .addColumn('amount_minor', money, (c) => c.notNull())
    .addColumn('balance_after_minor', money, (c) => c.notNull().check(sql`balance_after_minor >= 0`))
    .addColumn('store_id', 'text')
    .addColumn('terminal_id', 'text')
    .addColumn('cashier_id', 'text')
    .addColumn('shift_id', 'text')
    .addColumn('manager_id', 'text')
    .addColumn('redemption_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call(strict)
    .execute();
  await db.schema.createIndex('activities_by_card').on('activities').columns(['card_id', 'created_at']).execute();
  await db.schema.createIndex('activities_by_shift').on('activities').columns(['shift_id', 'created_at']).execute();
  await db.schema.createIndex('activities_by_store').on('activities').columns(['store_id', 'created_at']).execute();

  // status: 'applied' (money taken), 'voided' (a manager gave it back), 'reversed' (the terminal
  // cancelled it by idempotency key after an unknown outcome).
  await create('redemptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
    .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
    .addColumn('cashier_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('amount_minor', money, (c) => c.notNull().check(sql`amount_minor > 0`))
    .addColumn('balance_before_minor', money, (c) => c.notNull())
    .addColumn('balance_after_minor', money, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('applied', 'voided', 'reversed')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('redemptions_terminal_key', ['terminal_id', 'idempotency_key'])
    .$call(strict)
    .execute();
  await db.schema.createIndex('redemptions_by_shift').on('redemptions').columns(['shift_id']).execute();

  // state: 'applied' (a redemption was made), 'declined' (a business decline, remembered so a
  // retry gets the same answer), 'reversed' (cancelled by key; with no redemption_id it is a
  // tombstone that stops a late copy of the request from applying).
  await create('idempotency_records')
    .addColumn('terminal_id', 'text', (c) => c.notNull().references('terminals.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text')
    .addColumn('request_code_hmac', 'text')
    .addColumn('request_amount_minor', money)
    .addColumn('request_currency', 'text')
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response_json', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('applied', 'declined', 'reversed')`))
    .addColumn('redemption_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_records_pk', ['terminal_id', 'idempotency_key'])
    .$call(strict)
    .execute();

  // scope: 'terminal' (scope_id is a terminal id) or 'store' (scope_id is a store id).
  await create('entry_locks')
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('terminal', 'store')`))
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('failure_count', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('unlocked_by', 'text')
    .addColumn('unlocked_at', 'text')
    .addPrimaryKeyConstraint('entry_locks_pk', ['scope', 'scope_id'])
    .$call(strict)
    .execute();

  // One row per lock that started, for reports (scope as in entry_locks).
  await create('lockout_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('terminal', 'store')`))
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('store_id', 'text', (c) => c.notNull())
    .addColumn('terminal_id', 'text', (c) => c.notNull())
    .addColumn('cashier_id', 'text')
    .addColumn('shift_id', 'text')
    .addColumn('locked_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text', (c) => c.notNull())
    .addColumn('unlocked_by', 'text')
    .addColumn('unlocked_at', 'text')
    .$call(strict)
    .execute();
  await db.schema.createIndex('lockout_events_by_shift').on('lockout_events').columns(['shift_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('the initial schema is not reversible: restore a backup instead');
}
