import { sql } from 'kysely';
import type { CardRow } from '../cards/card.repository.js';
import type { Trx } from '../db/transaction.js';
import type { IdempotencyRecord } from './idempotency.repository.js';

/** Everything a redemption decision reads, fetched in one round trip. */
export interface RedeemState {
  record: IdempotencyRecord | undefined;
  /** The later end of the terminal's and the cashier's code-entry wait, or null. */
  lockedUntil: string | null;
  shiftOpen: boolean;
  card: CardRow | undefined;
}

const RECORD_COLUMNS = [
  'terminal_id',
  'idempotency_key',
  'request_hash',
  'request_code_hmac',
  'request_amount_minor',
  'request_currency',
  'status_code',
  'response_json',
  'state',
  'redemption_id',
  'created_at',
  'updated_at',
] as const;
const CARD_COLUMNS = [
  'id',
  'code_hmac',
  'last4',
  'requires_check',
  'status',
  'frozen_reason',
  'currency',
  'region',
  'balance_minor',
  'face_value_minor',
  'expires_at',
  'activated_at',
  'last_activity_at',
  'created_at',
] as const;

export async function loadRedeemState(
  db: Trx,
  input: {
    terminalId: string;
    cashierId: string;
    key: string;
    codeHmac: string | null;
    shiftId: string;
    nowIso: string;
  },
): Promise<RedeemState> {
  const recordSelect = sql.join(RECORD_COLUMNS.map((column) => sql`r.${sql.ref(column)} as ${sql.ref(`r_${column}`)}`));
  const cardSelect = sql.join(CARD_COLUMNS.map((column) => sql`c.${sql.ref(column)} as ${sql.ref(`c_${column}`)}`));
  const result = await sql<Record<string, unknown>>`
    select ${recordSelect}, ${cardSelect},
      (select max(t.delayed_until) from throttles t
        where t.delayed_until > ${input.nowIso}
          and ((t.kind = 'entry_terminal' and t.subject = ${input.terminalId})
            or (t.kind = 'entry_cashier' and t.subject = ${input.cashierId}))) as locked_until,
      (select s.status from shifts s where s.id = ${input.shiftId}) as shift_status
    from (select 1 as one) as anchor
    left join idempotency_records r on r.terminal_id = ${input.terminalId} and r.idempotency_key = ${input.key}
    left join cards c on c.code_hmac = ${input.codeHmac ?? ''}
  `.execute(db);
  const row = result.rows[0] ?? {};
  return {
    record:
      row.r_terminal_id === null || row.r_terminal_id === undefined
        ? undefined
        : (pick(row, 'r_', RECORD_COLUMNS) as unknown as IdempotencyRecord),
    lockedUntil: (row.locked_until as string | null | undefined) ?? null,
    shiftOpen: row.shift_status === 'open',
    card:
      row.c_id === null || row.c_id === undefined ? undefined : (pick(row, 'c_', CARD_COLUMNS) as unknown as CardRow),
  };
}

function pick(row: Record<string, unknown>, prefix: string, columns: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((column) => [column, row[`${prefix}${column}`] ?? null]));
}
