import { createHmac } from 'node:crypto';
import { normalizeCode } from '../../shared/claim-code.js';
import type { SaleKind } from '../../shared/sales-api.js';
import { codeHmac } from '../crypto/hashing.js';
import type { SaleRequestsTable } from '../db/schema.js';
import { RetryTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import type { StoredResponse } from '../redemptions/redemption.repository.js';

/** The fields that make two sale requests the same, as one HMAC (the code itself is never stored). */
export interface SaleFingerprintInput {
  kind: SaleKind;
  code: string;
  amountMinor: number;
  currency: string;
  managerId: string | null;
  reason: string | null;
}

export function fingerprintSale(serverKey: Buffer, input: SaleFingerprintInput): string {
  const code = codeHmac(serverKey, normalizeCode(input.code));
  return createHmac('sha256', serverKey)
    .update([input.kind, code, input.amountMinor, input.currency, input.managerId ?? '', input.reason ?? ''].join('\n'))
    .digest('hex');
}

/** The request hash of a tombstone: the key was cancelled before any copy of its request applied. */
export const CANCELLED_SALE_HASH = 'cancelled';

export function findSaleRequest(trx: Trx, terminalId: string, key: string) {
  return trx
    .selectFrom('sale_requests')
    .selectAll()
    .where('terminal_id', '=', terminalId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/**
 * The stored answer when (terminal, key) was used before: the same answer for the same request,
 * idempotency_conflict for a different one, key_reversed for a cancelled key. Undefined when the key is new.
 */
export async function replaySale(
  trx: Trx,
  terminalId: string,
  key: string,
  hash: string,
): Promise<StoredResponse | undefined> {
  const record = await findSaleRequest(trx, terminalId, key);
  if (record === undefined) return undefined;
  if (record.request_hash === CANCELLED_SALE_HASH) {
    throw new ApiError('key_reversed', 'this key was cancelled after a lost answer: a new attempt needs a new key');
  }
  if (record.request_hash !== hash) {
    throw new ApiError('idempotency_conflict', 'idempotency key already used with a different request');
  }
  return { statusCode: record.status_code, json: record.response_json };
}

/** Stores the answer in the caller's transaction; a concurrent copy that stored it first makes ours retry. */
export async function insertSaleRequest(trx: Trx, row: SaleRequestsTable): Promise<void> {
  const inserted = await trx
    .insertInto('sale_requests')
    .values(row)
    .onConflict((oc) => oc.columns(['terminal_id', 'idempotency_key']).doNothing())
    .returning('terminal_id')
    .executeTakeFirst();
  if (inserted === undefined) throw new RetryTransaction('idempotency key stored by a concurrent request');
}
