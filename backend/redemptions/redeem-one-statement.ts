import type pg from 'pg';
import type { RequestFingerprint } from './fingerprint.js';
import { AFTER_LABEL, BEFORE_LABEL, type RedemptionResponseTemplate } from './redemption-response.js';

export interface PgRedeemInput {
  redemptionId: string;
  activityId: string;
  codeHmac: string;
  /** The code failed its check: only a legacy card (no check character) may match. */
  failedCheck: boolean;
  /** Null: the full balance. */
  amountMinor: number | null;
  currency: string;
  storeId: string;
  storeRegion: string;
  storeCurrency: string;
  terminalId: string;
  cashierId: string;
  shiftId: string;
  idempotencyKey: string;
  fingerprint: RequestFingerprint;
  template: RedemptionResponseTemplate;
  nowIso: string;
}

// $1 redemption id, $2 activity id, $3 code hmac, $4 failed check, $5 amount (null = full balance),
// $6 currency, $7 store, $8 store region, $9 store currency, $10 terminal, $11 cashier, $12 shift,
// $13 key, $14 request hash, $15 request code hmac, $16 request amount, $17 response prefix,
// $18 response suffix, $19 now.
const REDEEM_SQL = `
with open_shift as (
  -- The shift guard (see shifts/open-shift.ts): a share lock on the open shift's row, held until
  -- this statement commits, so a Z report closing it waits; after a close it finds no row.
  select s.id from shifts s where s.id = $12::text and s.status = 'open' for share
), target as (
  select c.id, coalesce($5::bigint, c.balance_minor) as amount
  from cards c
  where c.code_hmac = $3::text and c.status = 'active'
    and (c.requires_check = 0 or not $4::boolean)
    and (c.expires_at is null or c.expires_at > $19::text)
    and c.region = $8::text and c.currency = $9::text and c.currency = $6::text and c.balance_minor > 0
    and not exists (select 1 from idempotency_records r where r.terminal_id = $10::text and r.idempotency_key = $13::text)
    and not exists (select 1 from throttles w where w.delayed_until > $19::text
      and ((w.kind = 'entry_terminal' and w.subject = $10::text) or (w.kind = 'entry_cashier' and w.subject = $11::text)))
    and exists (select 1 from open_shift)
), debit as (
  update cards c set balance_minor = c.balance_minor - t.amount, last_activity_at = $19::text
  from target t
  where c.id = t.id and c.status = 'active' and t.amount > 0 and c.balance_minor >= t.amount
  returning c.id as card_id, c.balance_minor, t.amount,
    $17::text || t.amount::text || '${BEFORE_LABEL}' || (c.balance_minor + t.amount)::text
      || '${AFTER_LABEL}' || c.balance_minor::text || $18::text as response_json
), redemption as (
  insert into redemptions (id, card_id, terminal_id, store_id, cashier_id, shift_id, idempotency_key,
    amount_minor, balance_before_minor, balance_after_minor, currency, status, created_at)
  select $1::text, card_id, $10::text, $7::text, $11::text, $12::text, $13::text, amount,
    balance_minor + amount, balance_minor, $6::text, 'applied', $19::text
  from debit
), activity as (
  insert into activities (id, card_id, kind, amount_minor, balance_after_minor, store_id, terminal_id,
    cashier_id, shift_id, manager_id, redemption_id, reason, created_at)
  select $2::text, card_id, 'redeem', -amount, balance_minor, $7::text, $10::text, $11::text, $12::text,
    null, $1::text, null, $19::text
  from debit
), record as (
  insert into idempotency_records (terminal_id, idempotency_key, request_hash, request_code_hmac,
    request_amount_minor, request_currency, status_code, response_json, state, redemption_id, created_at, updated_at)
  select $10::text, $13::text, $14::text, $15::text, $16::bigint, $6::text, 201, response_json, 'applied',
    $1::text, $19::text, $19::text
  from debit
)
select response_json from debit`;

/**
 * PostgreSQL: a whole redemption in one statement, so one round trip and its own transaction,
 * run as a named prepared statement (parsed and planned once per connection).
 * It applies only when everything is in order — key unused, no code-entry wait, shift open, card
 * redeemable here (the rules of card-checks.ts and redeem-decline.ts) — and returns the stored
 * response text; otherwise it writes nothing and returns null, and the caller reads and decides
 * (declines, replays, failed lookups). The debit's WHERE re-checks the balance on the locked row,
 * so a concurrent debit can only make it refuse. A concurrent copy of the same key fails the
 * record insert (unique violation), which rolls the whole statement back.
 */
export async function redeemInOneStatement(pool: pg.Pool, input: PgRedeemInput): Promise<string | null> {
  const result = await pool.query<{ response_json: string }>({
    name: 'tillcard_redeem_v2',
    text: REDEEM_SQL,
    values: [
      input.redemptionId,
      input.activityId,
      input.codeHmac,
      input.failedCheck,
      input.amountMinor,
      input.currency,
      input.storeId,
      input.storeRegion,
      input.storeCurrency,
      input.terminalId,
      input.cashierId,
      input.shiftId,
      input.idempotencyKey,
      input.fingerprint.hash,
      input.fingerprint.codeHmac,
      input.fingerprint.amountMinor,
      input.template.prefix,
      input.template.suffix,
      input.nowIso,
    ],
  });
  return result.rows[0]?.response_json ?? null;
}
