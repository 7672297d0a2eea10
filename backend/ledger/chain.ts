/**
 * The ledger's hash chain. Each activity carries `seq` (1, 2, … per card) and `hash`, an
 * HMAC-SHA256 under a key derived from the server key over the previous activity's hash and every
 * column of the activity. The card row keeps the head (`ledger_seq`, `ledger_hash`). Someone who
 * can write the database but has not got the server key cannot rewrite a card's history so that
 * it still verifies: changing, removing or inserting an activity breaks every later hash
 * (`npm run admin -- verify-ledger`, ledger/verify-ledger.ts).
 *
 * The canonical text is unambiguous without escaping: each field is `<utf-8 byte length>:<text>`,
 * or `~` for null. The same text is built in SQL by the one-statement PostgreSQL redemption
 * (redemptions/redeem-one-statement.ts), which computes the HMAC with the built-in sha256() from
 * the key's inner and outer pads (chainPads below).
 */
import { createHmac } from 'node:crypto';
import type { ActivitiesTable } from '../db/schema.js';

export const CHAIN_VERSION = 'v1';

/** The fields of an activity the chain covers (canonicalText gives their order after seq and prev hash). */
export type ChainedFields = Pick<
  ActivitiesTable,
  | 'id'
  | 'card_id'
  | 'kind'
  | 'amount_minor'
  | 'balance_after_minor'
  | 'store_id'
  | 'terminal_id'
  | 'cashier_id'
  | 'shift_id'
  | 'manager_id'
  | 'redemption_id'
  | 'reason'
  | 'created_at'
>;

/** The chain key: the server key is used for card codes too, so the chain gets its own derivation. */
export function chainKey(serverKey: Buffer): Buffer {
  return createHmac('sha256', serverKey).update('tillcard ledger chain').digest();
}

export function encodeField(value: string | number | null): string {
  if (value === null) return '~';
  const text = String(value);
  return `${Buffer.byteLength(text, 'utf8')}:${text}`;
}

/** The text the HMAC covers. prevHash is null for a card's first activity. */
export function canonicalText(prevHash: string | null, seq: number, fields: ChainedFields): string {
  return [
    CHAIN_VERSION,
    prevHash,
    seq,
    fields.id,
    fields.card_id,
    fields.kind,
    fields.amount_minor,
    fields.balance_after_minor,
    fields.store_id,
    fields.terminal_id,
    fields.cashier_id,
    fields.shift_id,
    fields.manager_id,
    fields.redemption_id,
    fields.reason,
    fields.created_at,
  ]
    .map(encodeField)
    .join('');
}

export function chainHash(key: Buffer, prevHash: string | null, seq: number, fields: ChainedFields): string {
  return createHmac('sha256', key)
    .update(canonicalText(prevHash, seq, fields))
    .digest('hex');
}

const SHA256_BLOCK_BYTES = 64;

/**
 * HMAC's inner and outer keys (RFC 2104): HMAC(k, m) = sha256(outer ‖ sha256(inner ‖ m)). They let
 * SQL compute the HMAC with sha256() alone, without the key itself or an extension.
 */
export function chainPads(key: Buffer): { inner: Buffer; outer: Buffer } {
  const block = Buffer.alloc(SHA256_BLOCK_BYTES);
  key.copy(block);
  return { inner: Buffer.from(block.map((byte) => byte ^ 0x36)), outer: Buffer.from(block.map((byte) => byte ^ 0x5c)) };
}
