import type pg from 'pg';
import type { Redemption } from '../../shared/backend-api.js';
import { redeemRulesSql } from '../cards/card-rules.js';
import { CHAIN_VERSION, encodeField } from '../ledger/chain.js';
import type { RequestFingerprint } from './redeem.rules.js';

/**
 * The 201 body of a redemption as text, split around its three amounts (amountMinor,
 * balanceBeforeMinor, balanceAfterMinor, consecutive in the schema's key order) so PostgreSQL
 * can fill them in inside the debit statement. Filled in, it is byte for byte
 * JSON.stringify({redemption}), so both dialects store and send the same text.
 */
export interface RedemptionResponseTemplate {
  /** Everything up to and including `"amountMinor":`. */
  prefix: string;
  /** Everything after the value of balanceAfterMinor. */
  suffix: string;
}

export const BEFORE_LABEL = ',"balanceBeforeMinor":';
export const AFTER_LABEL = ',"balanceAfterMinor":';
const MARKER = 'AMOUNTS';

export function redemptionResponseTemplate(
  redemption: Omit<Redemption, 'amountMinor' | 'balanceBeforeMinor' | 'balanceAfterMinor'>,
): RedemptionResponseTemplate {
  // Same key order as rowToRedemption and redemptionSchema.
  const text = JSON.stringify({
    redemption: {
      id: redemption.id,
      idempotencyKey: redemption.idempotencyKey,
      amountMinor: MARKER,
      currency: redemption.currency,
      card: redemption.card,
      storeId: redemption.storeId,
      terminalId: redemption.terminalId,
      cashierId: redemption.cashierId,
      shiftId: redemption.shiftId,
      createdAt: redemption.createdAt,
    },
  });
  const marker = `"amountMinor":"${MARKER}"`;
  const at = text.indexOf(marker);
  return { prefix: `${text.slice(0, at)}"amountMinor":`, suffix: text.slice(at + marker.length) };
}

export function fillResponse(
  template: RedemptionResponseTemplate,
  amountMinor: number,
  balanceBeforeMinor: number,
  balanceAfterMinor: number,
): string {
  return `${template.prefix}${amountMinor}${BEFORE_LABEL}${balanceBeforeMinor}${AFTER_LABEL}${balanceAfterMinor}${template.suffix}`;
}

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
  /** The hash chain key's HMAC pads (ledger/chain.ts chainPads). */
  chainPads: { inner: Buffer; outer: Buffer };
}

/** ledger/chain.ts encodeField in SQL: `<utf-8 byte length>:<text>`, or `~` for null. */
const enc = (text: string): string => `coalesce(octet_length(${text})::text || ':' || ${text}, '~')`;

/**
 * The canonical text of the redeem activity (ledger/chain.ts canonicalText), from the card row's
 * values before this update (SET expressions see the old row).
 */
const CHAIN_TEXT = [
  `'${encodeField(CHAIN_VERSION)}'`,
  enc('c.ledger_hash'),
  enc('(c.ledger_seq + 1)::text'),
  enc('$2::text'),
  enc('c.id'),
  `'${encodeField('redeem')}'`,
  enc('(-t.amount)::text'),
  enc('(c.balance_minor - t.amount)::text'),
  enc('$7::text'),
  enc('$10::text'),
  enc('$11::text'),
  enc('$12::text'),
  `'${encodeField(null)}'`,
  enc('$1::text'),
  `'${encodeField(null)}'`,
  enc('$19::text'),
].join(' || ');

// $1 redemption id, $2 activity id, $3 code hmac, $4 failed check, $5 amount (null = full balance),
// $6 currency, $7 store, $8 store region, $9 store currency, $10 terminal, $11 cashier, $12 shift,
// $13 key, $14 request hash, $15 request code hmac, $16 request amount, $17 response prefix,
// $18 response suffix, $19 now, $20 and $21 the chain key's inner and outer HMAC pads.
/** The card rules of cards/card-rules.ts, bound to this statement's parameters. */
const CARD_RULES_SQL = redeemRulesSql('c', {
  nowIso: '$19::text',
  storeRegion: '$8::text',
  storeCurrency: '$9::text',
  requestCurrency: '$6::text',
  amountMinor: '$5::bigint',
});

const REDEEM_SQL = `
with open_shift as (
  -- The shift guard (see shifts/open-shift.ts): a share lock on the open shift's row, held until
  -- this statement commits, so a Z report closing it waits; after a close it finds no row.
  select s.id from shifts s where s.id = $12::text and s.status = 'open' for share
), target as (
  select c.id, coalesce($5::bigint, c.balance_minor) as amount
  from cards c
  where c.code_hmac = $3::text and (c.requires_check = 0 or not $4::boolean)
    and ${CARD_RULES_SQL}
    and not exists (select 1 from idempotency_records r where r.terminal_id = $10::text and r.idempotency_key = $13::text)
    and not exists (select 1 from throttles w where w.delayed_until > $19::text
      and ((w.kind = 'entry_terminal' and w.subject = $10::text) or (w.kind = 'entry_cashier' and w.subject = $11::text)))
    and exists (select 1 from open_shift)
), debit as (
  update cards c set balance_minor = c.balance_minor - t.amount, last_activity_at = $19::text,
    ledger_seq = c.ledger_seq + 1,
    ledger_hash = encode(sha256($21::bytea || sha256($20::bytea || convert_to(${CHAIN_TEXT}, 'UTF8'))), 'hex')
  from target t
  where c.id = t.id and c.status = 'active' and t.amount > 0 and c.balance_minor >= t.amount
  returning c.id as card_id, c.balance_minor, t.amount, c.ledger_seq, c.ledger_hash,
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
    cashier_id, shift_id, manager_id, redemption_id, reason, created_at, seq, hash)
  select $2::text, card_id, 'redeem', -amount, balance_minor, $7::text, $10::text, $11::text, $12::text,
    null, $1::text, null, $19::text, ledger_seq, ledger_hash
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
 * redeemable here (cards/card-rules.ts, the same rule set TypeScript declines with) — and returns
 * the stored response text; otherwise it writes nothing and returns null, and the caller reads
 * and decides (declines, replays, failed lookups). The debit's WHERE re-checks the balance on the locked row,
 * so a concurrent debit can only make it refuse. The card's chain head moves in the same UPDATE,
 * from the locked row, so concurrent redemptions of one card chain one after the other. A
 * concurrent copy of the same key fails the record insert (unique violation), which rolls the whole statement back.
 */
export async function redeemInOneStatement(pool: pg.Pool, input: PgRedeemInput): Promise<string | null> {
  const result = await pool.query<{ response_json: string }>({
    name: 'tillcard_redeem_v4',
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
      input.chainPads.inner,
      input.chainPads.outer,
    ],
  });
  return result.rows[0]?.response_json ?? null;
}
