/**
 * A ledger the database protects, whatever the code or a person with database access does:
 * - activities: no UPDATE, no DELETE, no TRUNCATE;
 * - redemptions: the only change is status 'applied' → 'voided' or 'reversed'; no DELETE;
 * - idempotency_records: the only change is state → 'reversed' (with updated_at); no DELETE, so a
 *   reversal's tombstone cannot be removed to let a late copy of the request apply;
 * - cards: only the balance and the state columns change (status, frozen_reason, activated_at,
 *   last_activity_at and the chain head, which only moves forward); no DELETE.
 * And the hash chain's columns (ledger/chain.ts): activities.seq and hash, cards.ledger_seq and
 * ledger_hash. Activities written before this migration get seq 0: they are replayed by
 * verify-ledger but carry no hash.
 */
import { sql, SqliteAdapter, type Kysely } from 'kysely';

const LEDGER_TABLES = ['activities', 'redemptions', 'idempotency_records', 'cards'] as const;

const REDEMPTION_COLUMNS = [
  'id',
  'card_id',
  'terminal_id',
  'store_id',
  'cashier_id',
  'shift_id',
  'idempotency_key',
  'amount_minor',
  'balance_before_minor',
  'balance_after_minor',
  'currency',
  'created_at',
];
const IDEMPOTENCY_COLUMNS = [
  'terminal_id',
  'idempotency_key',
  'request_hash',
  'request_code_hmac',
  'request_amount_minor',
  'request_currency',
  'status_code',
  'response_json',
  'redemption_id',
  'created_at',
];
/** What a card is: never changes once issued. */
const CARD_FIXED_COLUMNS = [
  'id',
  'code_hmac',
  'last4',
  'requires_check',
  'currency',
  'region',
  'face_value_minor',
  'expires_at',
  'created_at',
];

/** The changes each table allows, as a condition on OLD and NEW (the same text on both dialects but for "unchanged"). */
function allowedUpdates(unchanged: (columns: readonly string[]) => string): Record<string, string | null> {
  return {
    activities: null,
    redemptions: `old.status = 'applied' and new.status in ('voided', 'reversed') and ${unchanged(REDEMPTION_COLUMNS)}`,
    idempotency_records: `new.state = 'reversed' and ${unchanged(IDEMPOTENCY_COLUMNS)}`,
    cards: `new.ledger_seq >= old.ledger_seq and ${unchanged(CARD_FIXED_COLUMNS)}`,
  };
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .alterTable('cards')
    .addColumn('ledger_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('cards').addColumn('ledger_hash', 'text').execute();
  await db.schema.alterTable('activities').addColumn('seq', 'integer').execute();
  await db.schema.alterTable('activities').addColumn('hash', 'text').execute();
  await sql`update activities set seq = 0`.execute(db);
  if (isSqlite) await sqliteGuards(db);
  else await postgresGuards(db);
}

async function sqliteGuards(db: Kysely<unknown>): Promise<void> {
  const unchanged = (columns: readonly string[]): string => columns.map((c) => `new.${c} is old.${c}`).join(' and ');
  const allowed = allowedUpdates(unchanged);
  for (const table of LEDGER_TABLES) {
    const refuse = (op: string): string =>
      `select raise(abort, 'tillcard: ${op} on ${table} is refused (append-only ledger)');`;
    const when = allowed[table];
    await sql
      .raw(
        `create trigger ${table}_guard_update before update on ${table}${when === null ? '' : ` when not (${when})`} begin ${refuse('update')} end`,
      )
      .execute(db);
    await sql
      .raw(`create trigger ${table}_guard_delete before delete on ${table} begin ${refuse('delete')} end`)
      .execute(db);
  }
}

async function postgresGuards(db: Kysely<unknown>): Promise<void> {
  const unchanged = (columns: readonly string[]): string =>
    `(${columns.map((c) => `new.${c}`).join(', ')}) is not distinct from (${columns.map((c) => `old.${c}`).join(', ')})`;
  const allowed = allowedUpdates(unchanged);
  await sql
    .raw(
      `create function tillcard_refuse_ledger_change() returns trigger language plpgsql as $$
       begin
         raise exception 'tillcard: % on % is refused (append-only ledger)', lower(tg_op), tg_table_name
           using errcode = 'insufficient_privilege';
       end $$`,
    )
    .execute(db);
  for (const table of LEDGER_TABLES) {
    const when = allowed[table];
    await sql
      .raw(
        `create trigger ${table}_guard_update before update on ${table} for each row${when === null ? '' : ` when (not (${when}))`}
         execute function tillcard_refuse_ledger_change()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_guard_delete before delete on ${table} for each row execute function tillcard_refuse_ledger_change()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_guard_truncate before truncate on ${table} for each statement execute function tillcard_refuse_ledger_change()`,
      )
      .execute(db);
  }
}
