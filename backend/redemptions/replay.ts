import { ApiError } from '../http/api-error.js';
import { differingField, type RequestFingerprint } from './fingerprint.js';
import type { IdempotencyRecord, StoredResponse } from './idempotency.repository.js';

/**
 * The answer to a repeated idempotency key: the stored response when the request is the same;
 * key_reversed when the key was reversed (or tombstoned); idempotency_conflict naming the first
 * differing field when it is not the same request.
 */
export function replayStored(record: IdempotencyRecord, fingerprint: RequestFingerprint): StoredResponse {
  if (record.state === 'reversed') {
    throw new ApiError('key_reversed', 'this idempotency key was reversed; start a new transaction');
  }
  const field = differingField(
    { codeHmac: record.request_code_hmac, amountMinor: record.request_amount_minor, currency: record.request_currency },
    fingerprint,
  );
  if (field !== null) {
    throw new ApiError('idempotency_conflict', `idempotency key already used with a different ${field}`, { field });
  }
  return { statusCode: record.status_code, json: record.response_json };
}
