/**
 * Grows a store's PostgreSQL ledger to chain scale in a few INSERT … SELECT statements that
 * PostgreSQL generates itself (no rows travel over the connection): minutes, not hours.
 * The store gets STAFF cashiers on TERMINALS terminals, 2,000 closed shifts over the past years
 * (three a day), and cards and activities up to 1,000,000 each:
 * - every grown card is active, with an 'activate' activity for the first half of them;
 * - the closed shifts hold ~247 redemptions each (redemption row, 'redeem' activity, idempotency
 *   record), of grown cards, within the shift's hours;
 * - the cashier's open shift gets CURRENT_SHIFT_REDEMPTIONS more, today, so the X report reads a
 *   long shift.
 * Balances are set so each card's balance is its face value less its redemptions.
 */
import pg from 'pg';

export const TARGET_CARDS = 1_000_000;
export const TARGET_ACTIVITIES = 1_000_000;
export const OLDER_SHIFTS = 2_000;
export const CURRENT_SHIFT_REDEMPTIONS = 5_000;
const TERMINALS = 4;
const STAFF = 10;
const FACE_VALUE_MINOR = 5_000;

export interface GrowthTarget {
  storeId: string;
  /** The open shift the X report is read from. */
  currentShiftId: string;
  currentTerminalId: string;
  currentCashierId: string;
}

export interface GrowthCounts {
  cards: number;
  activities: number;
  shifts: number;
  seconds: number;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const iso = (timestamp: string) => `to_char((${timestamp}) at time zone 'UTC', ${ISO})`;

export async function growLedger(
  databaseUrl: string,
  target: GrowthTarget,
  log: (line: string) => void,
): Promise<GrowthCounts> {
  const startedMs = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const step = async (what: string, text: string, values: unknown[] = []): Promise<void> => {
    const stepMs = Date.now();
    const result = await client.query(text, values);
    log(`  ${what}: ${result.rowCount ?? 0} rows in ${((Date.now() - stepMs) / 1000).toFixed(1)} s`);
  };
  try {
    const existing = await counts(client);
    const newCards = TARGET_CARDS - existing.cards;
    const activates = Math.floor(newCards / 2);
    const currentRedemptions = CURRENT_SHIFT_REDEMPTIONS;
    const olderRedemptions = TARGET_ACTIVITIES - existing.activities - activates - currentRedemptions;
    const store = target.storeId;
    // Bulk load: foreign keys are known to hold (every reference is made here), so their per-row
    // checks are skipped for this session only, as pg_restore does.
    await client.query(`set session_replication_role = replica`);
    await client.query('begin');
    await step(
      'terminals and staff',
      `insert into terminals (id, store_id, name, key_hash, created_at)
         select 'trm_grown_' || n, $1, 'Till ' || (n + 1), encode(sha256(('grown-terminal-' || n)::bytea), 'hex'), ${iso("now() - interval '3 years'")}
         from generate_series(1, ${TERMINALS}) as n`,
      [store],
    );
    await step(
      'staff',
      `insert into staff (id, store_id, name, role, pin_hash, created_at)
         select 'grown-' || n, $1, 'Cashier ' || n, 'cashier', 'not-a-real-hash', ${iso("now() - interval '3 years'")}
         from generate_series(1, ${STAFF}) as n`,
      [store],
    );
    // Three shifts a day, ending yesterday: 06:00, 12:00, 18:00 UTC, six hours each.
    await step(
      'older shifts',
      `insert into shifts (id, store_id, terminal_id, cashier_id, status, opened_at, closed_at, closed_by)
         select 'shf_grown_' || n, $1, 'trm_grown_' || (n % ${TERMINALS} + 1), 'grown-' || (n % ${STAFF} + 1), 'closed',
           ${iso(`date_trunc('day', now()) - ((n / 3 + 1) * interval '1 day') + (6 + (n % 3) * 6) * interval '1 hour'`)},
           ${iso(`date_trunc('day', now()) - ((n / 3 + 1) * interval '1 day') + (12 + (n % 3) * 6) * interval '1 hour'`)},
           'grown-' || (n % ${STAFF} + 1)
         from generate_series(0, ${OLDER_SHIFTS - 1}) as n`,
      [store],
    );
    await step(
      'cards',
      `insert into cards (id, code_hmac, last4, requires_check, status, currency, region, balance_minor, face_value_minor, activated_at, created_at)
         select 'crd_grown_' || n, encode(sha256(('grown-card-' || n)::bytea), 'hex'), upper(substr(md5(n::text), 1, 4)), 1, 'active',
           'USD', 'US', ${FACE_VALUE_MINOR}, ${FACE_VALUE_MINOR}, ${iso("now() - interval '3 years'")}, ${iso("now() - interval '3 years'")}
         from generate_series(1, ${newCards}) as n`,
    );
    await step(
      'activations',
      `insert into activities (id, card_id, kind, amount_minor, balance_after_minor, created_at)
         select 'act_grown_activate_' || n, 'crd_grown_' || n, 'activate', ${FACE_VALUE_MINOR}, ${FACE_VALUE_MINOR}, ${iso("now() - interval '3 years'")}
         from generate_series(1, ${activates}) as n`,
    );
    // Redemption n: card (n * 7919) mod newCards (spreads one card's redemptions apart), 100 + n % 900 minor units.
    const redemptions = (
      what: string,
      from: number,
      count: number,
      shift: string,
      terminal: string,
      cashier: string,
      at: string,
    ) =>
      step(
        what,
        `insert into redemptions (id, card_id, terminal_id, store_id, cashier_id, shift_id, idempotency_key, amount_minor,
             balance_before_minor, balance_after_minor, currency, status, created_at)
           select 'rdm_grown_' || n, 'crd_grown_' || ((n::bigint * 7919) % ${newCards} + 1), ${terminal}, $1, ${cashier}, ${shift},
             'grown-' || n, 1, ${FACE_VALUE_MINOR}, ${FACE_VALUE_MINOR} - 1, 'USD', 'applied', ${at}
           from generate_series(${from}, ${from + count - 1}) as n`,
        [store],
      );
    const older = Math.max(0, olderRedemptions);
    // Older redemption n falls in shift n mod 2,000, at a minute within its six hours.
    await redemptions(
      'older redemptions',
      1,
      older,
      `'shf_grown_' || (n % ${OLDER_SHIFTS})`,
      `'trm_grown_' || ((n % ${OLDER_SHIFTS}) % ${TERMINALS} + 1)`,
      `'grown-' || ((n % ${OLDER_SHIFTS}) % ${STAFF} + 1)`,
      iso(
        `date_trunc('day', now()) - (((n % ${OLDER_SHIFTS}) / 3 + 1) * interval '1 day') + (6 + ((n % ${OLDER_SHIFTS}) % 3) * 6) * interval '1 hour' + (n % 359) * interval '1 minute' + (n % 60) * interval '1 second'`,
      ),
    );
    await redemptions(
      "the open shift's redemptions",
      older + 1,
      currentRedemptions,
      `'${target.currentShiftId}'`,
      `'${target.currentTerminalId}'`,
      `'${target.currentCashierId}'`,
      iso(`date_trunc('day', now()) + (n % 3600) * interval '1 second'`),
    );
    await step(
      'their ledger activities',
      `insert into activities (id, card_id, kind, amount_minor, balance_after_minor, store_id, terminal_id, cashier_id, shift_id, redemption_id, created_at)
         select 'act_' || r.id, r.card_id, 'redeem', -r.amount_minor, r.balance_after_minor, r.store_id, r.terminal_id, r.cashier_id, r.shift_id, r.id, r.created_at
         from redemptions r where r.id like 'rdm_grown_%'`,
    );
    await step(
      'their idempotency records',
      `insert into idempotency_records (terminal_id, idempotency_key, request_hash, request_code_hmac, request_amount_minor, request_currency,
           status_code, response_json, state, redemption_id, created_at, updated_at)
         select r.terminal_id, r.idempotency_key, md5(r.id) || md5(r.card_id), md5(r.card_id) || md5(r.id), r.amount_minor, 'USD', 201,
           '{"redemption":{"id":"' || r.id || '","grown":true}}', 'applied', r.id, r.created_at, r.created_at
         from redemptions r where r.id like 'rdm_grown_%'`,
    );
    await step(
      'balances',
      `update cards c set balance_minor = c.face_value_minor - spent.sum, last_activity_at = spent.last
         from (select card_id, sum(amount_minor) as sum, max(created_at) as last from redemptions
               where id like 'rdm_grown_%' group by card_id) spent
         where c.id = spent.card_id`,
    );
    await client.query('commit');
    await client.query(`set session_replication_role = origin`);
    // Vacuumed now, not by autovacuum in the middle of the timings; the visibility map lets
    // aggregates read indexes only.
    await step('vacuum and analyze', 'vacuum analyze');
    const grown = await counts(client);
    return { ...grown, seconds: (Date.now() - startedMs) / 1000 };
  } finally {
    await client.end();
  }
}

async function counts(client: pg.Client): Promise<{ cards: number; activities: number; shifts: number }> {
  const result = await client.query<{ cards: string; activities: string; shifts: string }>(
    `select (select count(*) from cards) as cards, (select count(*) from activities) as activities, (select count(*) from shifts) as shifts`,
  );
  const row = result.rows[0];
  return { cards: Number(row?.cards ?? 0), activities: Number(row?.activities ?? 0), shifts: Number(row?.shifts ?? 0) };
}
