import type { Selectable } from 'kysely';
import type { IdempotencyRecordsTable, IdempotencyState } from '../db/schema.js';
import { RetryTransaction, type Trx } from '../db/transaction.js';
import type { RequestFingerprint } from './fingerprint.js';

export type IdempotencyRecord = Selectable<IdempotencyRecordsTable>;

/** The response stored under a key: sent again byte for byte on a repeat of the request. */
export interface StoredResponse {
  statusCode: number;
  json: string;
}

export async function findRecord(db: Trx, terminalId: string, key: string): Promise<IdempotencyRecord | undefined> {
  return db
    .selectFrom('idempotency_records')
    .selectAll()
    .where('terminal_id', '=', terminalId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/**
 * Stores the outcome under (terminal, key) in the caller's transaction. When another transaction
 * stored this key first (a concurrent copy of the request), ours is retried from the start and
 * then answers with theirs.
 */
export async function insertRecord(
  trx: Trx,
  input: {
    terminalId: string;
    key: string;
    fingerprint: RequestFingerprint | null;
    response: StoredResponse;
    state: IdempotencyState;
    redemptionId: string | null;
    nowIso: string;
  },
): Promise<void> {
  const inserted = await trx
    .insertInto('idempotency_records')
    .values({
      terminal_id: input.terminalId,
      idempotency_key: input.key,
      request_hash: input.fingerprint?.hash ?? null,
      request_code_hmac: input.fingerprint?.codeHmac ?? null,
      request_amount_minor: input.fingerprint?.amountMinor ?? null,
      request_currency: input.fingerprint?.currency ?? null,
      status_code: input.response.statusCode,
      response_json: input.response.json,
      state: input.state,
      redemption_id: input.redemptionId,
      created_at: input.nowIso,
      updated_at: input.nowIso,
    })
    .onConflict((oc) => oc.columns(['terminal_id', 'idempotency_key']).doNothing())
    .returning('terminal_id')
    .executeTakeFirst();
  if (inserted === undefined) throw new RetryTransaction('idempotency key stored by a concurrent request');
}

export async function markReversed(trx: Trx, record: IdempotencyRecord, nowIso: string): Promise<void> {
  await trx
    .updateTable('idempotency_records')
    .set({ state: 'reversed', updated_at: nowIso })
    .where('terminal_id', '=', record.terminal_id)
    .where('idempotency_key', '=', record.idempotency_key)
    .execute();
}
