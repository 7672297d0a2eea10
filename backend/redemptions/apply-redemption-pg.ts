import { sql } from 'kysely';
import type { Trx } from '../db/transaction.js';
import type { RequestFingerprint } from './fingerprint.js';
import type { RedemptionResponseTemplate } from './redemption-response.js';

export interface PgApplyInput {
  redemptionId: string;
  activityId: string;
  cardId: string;
  amountMinor: number;
  currency: string;
  storeId: string;
  terminalId: string;
  cashierId: string;
  shiftId: string;
  idempotencyKey: string;
  fingerprint: RequestFingerprint;
  template: RedemptionResponseTemplate;
  nowIso: string;
}

/**
 * PostgreSQL: the whole redemption as one statement (one round trip, its own transaction): the
 * guarded debit, the redemption row, the ledger activity and the idempotency record with its
 * response. If the guard refuses (card changed, shift closed) nothing is written and null comes
 * back. A concurrent copy of the same key makes the record insert fail with a unique violation,
 * which rolls the whole statement back; the caller reads again and replays the winner.
 */
export async function applyRedemptionPg(db: Trx, input: PgApplyInput): Promise<string | null> {
  const amount = sql`cast(${input.amountMinor} as bigint)`;
  const text = (value: string | null) => sql`cast(${value} as text)`;
  const now = text(input.nowIso);
  const response = sql`${text(input.template.prefix)} || cast(balance_minor + ${amount} as text) || ${text(input.template.middle)} || cast(balance_minor as text) || ${text(input.template.suffix)}`;
  const result = await sql<{ response_json: string }>`
    with debit as (
      update cards set balance_minor = balance_minor - ${amount}, last_activity_at = ${now}
      where id = ${text(input.cardId)} and status = 'active' and balance_minor >= ${amount}
        and exists (select 1 from shifts where id = ${text(input.shiftId)} and status = 'open')
      returning balance_minor
    ), redemption as (
      insert into redemptions (id, card_id, terminal_id, store_id, cashier_id, shift_id, idempotency_key,
        amount_minor, balance_before_minor, balance_after_minor, currency, status, created_at)
      select ${text(input.redemptionId)}, ${text(input.cardId)}, ${text(input.terminalId)}, ${text(input.storeId)},
        ${text(input.cashierId)}, ${text(input.shiftId)}, ${text(input.idempotencyKey)}, ${amount},
        balance_minor + ${amount}, balance_minor, ${text(input.currency)}, 'applied', ${now}
      from debit
    ), activity as (
      insert into activities (id, card_id, kind, amount_minor, balance_after_minor, store_id, terminal_id,
        cashier_id, shift_id, manager_id, redemption_id, reason, created_at)
      select ${text(input.activityId)}, ${text(input.cardId)}, 'redeem', -${amount}, balance_minor,
        ${text(input.storeId)}, ${text(input.terminalId)}, ${text(input.cashierId)}, ${text(input.shiftId)},
        null, ${text(input.redemptionId)}, null, ${now}
      from debit
    ), record as (
      insert into idempotency_records (terminal_id, idempotency_key, request_hash, request_code_hmac,
        request_amount_minor, request_currency, status_code, response_json, state, redemption_id, created_at, updated_at)
      select ${text(input.terminalId)}, ${text(input.idempotencyKey)}, ${text(input.fingerprint.hash)},
        ${text(input.fingerprint.codeHmac)}, cast(${input.fingerprint.amountMinor} as bigint),
        ${text(input.fingerprint.currency)}, 201, ${response}, 'applied', ${text(input.redemptionId)}, ${now}, ${now}
      from debit
    )
    select ${response} as response_json from debit
  `.execute(db);
  return result.rows[0]?.response_json ?? null;
}
