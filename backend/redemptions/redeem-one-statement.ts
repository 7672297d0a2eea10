import { sql } from 'kysely';
import type { Trx } from '../db/transaction.js';
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

/**
 * PostgreSQL: a whole redemption in one statement, so one round trip and its own transaction.
 * It applies only when everything is in order — key unused, no entry lock, shift open, card
 * redeemable here (the rules of card-checks.ts and redeem-decline.ts) — and returns the stored
 * response text; otherwise it writes nothing and returns null, and the caller reads and decides
 * (declines, replays, failed lookups). The debit's WHERE re-checks the balance on the locked row,
 * so a concurrent debit can only make it refuse. A concurrent copy of the same key fails the
 * record insert (unique violation), which rolls the whole statement back.
 */
export async function redeemInOneStatement(db: Trx, input: PgRedeemInput): Promise<string | null> {
  const text = (value: string) => sql`cast(${value} as text)`;
  const now = text(input.nowIso);
  const terminalId = text(input.terminalId);
  const shiftId = text(input.shiftId);
  const redemptionId = text(input.redemptionId);
  const response = sql`${text(input.template.prefix)} || cast(amount as text) || ${text(BEFORE_LABEL)}
    || cast(balance_minor + amount as text) || ${text(AFTER_LABEL)} || cast(balance_minor as text)
    || ${text(input.template.suffix)}`;
  const result = await sql<{ response_json: string }>`
    with target as (
      select c.id, coalesce(cast(${input.amountMinor} as bigint), c.balance_minor) as amount
      from cards c
      where c.code_hmac = ${text(input.codeHmac)} and c.status = 'active'
        and (c.requires_check = 0 or not cast(${input.failedCheck} as boolean))
        and (c.expires_at is null or c.expires_at > ${now})
        and c.region = ${text(input.storeRegion)} and c.currency = ${text(input.storeCurrency)}
        and c.currency = ${text(input.currency)} and c.balance_minor > 0
        and not exists (select 1 from idempotency_records r
          where r.terminal_id = ${terminalId} and r.idempotency_key = ${text(input.idempotencyKey)})
        and not exists (select 1 from entry_locks l where l.locked_until > ${now}
          and ((l.scope = 'terminal' and l.scope_id = ${terminalId})
            or (l.scope = 'store' and l.scope_id = ${text(input.storeId)})))
        and exists (select 1 from shifts s where s.id = ${shiftId} and s.status = 'open')
    ), debit as (
      update cards c set balance_minor = c.balance_minor - t.amount, last_activity_at = ${now}
      from target t
      where c.id = t.id and c.status = 'active' and t.amount > 0 and c.balance_minor >= t.amount
      returning c.id as card_id, c.balance_minor, t.amount
    ), redemption as (
      insert into redemptions (id, card_id, terminal_id, store_id, cashier_id, shift_id, idempotency_key,
        amount_minor, balance_before_minor, balance_after_minor, currency, status, created_at)
      select ${redemptionId}, card_id, ${terminalId}, ${text(input.storeId)}, ${text(input.cashierId)}, ${shiftId},
        ${text(input.idempotencyKey)}, amount, balance_minor + amount, balance_minor, ${text(input.currency)}, 'applied', ${now}
      from debit
    ), activity as (
      insert into activities (id, card_id, kind, amount_minor, balance_after_minor, store_id, terminal_id,
        cashier_id, shift_id, manager_id, redemption_id, reason, created_at)
      select ${text(input.activityId)}, card_id, 'redeem', -amount, balance_minor, ${text(input.storeId)}, ${terminalId},
        ${text(input.cashierId)}, ${shiftId}, null, ${redemptionId}, null, ${now}
      from debit
    ), record as (
      insert into idempotency_records (terminal_id, idempotency_key, request_hash, request_code_hmac,
        request_amount_minor, request_currency, status_code, response_json, state, redemption_id, created_at, updated_at)
      select ${terminalId}, ${text(input.idempotencyKey)}, ${text(input.fingerprint.hash)},
        ${text(input.fingerprint.codeHmac)}, cast(${input.fingerprint.amountMinor} as bigint),
        ${text(input.fingerprint.currency)}, 201, ${response}, 'applied', ${redemptionId}, ${now}, ${now}
      from debit
    )
    select ${response} as response_json from debit
  `.execute(db);
  return result.rows[0]?.response_json ?? null;
}
