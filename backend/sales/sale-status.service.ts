import type { SaleCancelRequest, SaleStatusResponse } from '../../shared/sales-api.js';
import { saleResponseSchema } from '../../shared/sales-api.js';
import type { AuthTerminal } from '../auth/auth.types.js';
import { isoNow } from '../clock.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { CANCELLED_SALE_HASH, findSaleRequest, insertSaleRequest } from './sale-request.repository.js';

/** The answer for a stored record: the sale as first answered, or the tombstone of a cancel. */
function statusOf(record: { request_hash: string; response_json: string }): SaleStatusResponse {
  if (record.request_hash === CANCELLED_SALE_HASH) return { status: 'cancelled', sale: null };
  return { status: 'applied', sale: saleResponseSchema.parse(JSON.parse(record.response_json)).sale };
}

/**
 * What became of a sale key sent by this terminal: applied (with the sale as first answered),
 * cancelled (a tombstone), or not_found when nothing was applied under it. Declines are not
 * stored, so a declined key is not_found too: nothing was credited.
 */
export async function saleStatus(
  ctx: BackendContext,
  terminal: AuthTerminal,
  key: string,
): Promise<SaleStatusResponse> {
  const record = await findSaleRequest(ctx.database.db, terminal.id, key);
  if (record === undefined) throw new ApiError('not_found', 'no sale was applied under this key');
  return statusOf(record);
}

/**
 * Makes sure a key can never credit a card from now on, unless it already did: an unseen key gets
 * a tombstone (a late copy of the request is then refused with key_reversed); an applied one is
 * left as it is and its sale is the answer. A credit is never taken back here: the money was paid.
 */
export async function cancelSale(
  ctx: BackendContext,
  terminal: AuthTerminal,
  request: SaleCancelRequest,
): Promise<SaleStatusResponse> {
  return inWriteTransaction(ctx.database, async (trx: Trx) => {
    const record = await findSaleRequest(trx, terminal.id, request.idempotencyKey);
    if (record !== undefined) return statusOf(record);
    await insertSaleRequest(trx, {
      terminal_id: terminal.id,
      idempotency_key: request.idempotencyKey,
      kind: request.kind,
      request_hash: CANCELLED_SALE_HASH,
      status_code: 410,
      response_json: JSON.stringify({ status: 'cancelled' }),
      created_at: isoNow(ctx.clock),
    });
    return { status: 'cancelled', sale: null };
  });
}
