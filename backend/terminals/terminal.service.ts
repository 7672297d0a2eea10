import type { Kysely } from 'kysely';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { secretHash } from '../crypto/hashing.js';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/api-error.js';
import { newId, newSecret } from '../ids.js';
import { findTerminalRow, insertTerminalRow, revokeTerminalRow, setTerminalKeyHash } from './terminal.repository.js';

export interface CreatedTerminal {
  id: string;
  storeId: string;
  name: string;
  /** Shown once: only its SHA-256 is stored. */
  key: string;
}

/**
 * The one way a terminal comes to be (admin CLI, demo, pairing): an id (made up unless chosen),
 * a fresh key of which only the hash is stored, and the row, in the caller's `db | trx`.
 */
export async function insertTerminal(
  db: Kysely<Database>,
  input: { id?: string; storeId: string; name: string; nowIso: string },
): Promise<CreatedTerminal> {
  const id = input.id ?? newId('trm');
  const key = newSecret('tk');
  await insertTerminalRow(db, {
    id,
    store_id: input.storeId,
    name: input.name,
    key_hash: secretHash(key),
    created_at: input.nowIso,
    revoked_at: null,
  });
  return { id, storeId: input.storeId, name: input.name, key };
}

export async function createTerminal(
  ctx: BackendContext,
  input: { id?: string; storeId: string; name: string },
): Promise<CreatedTerminal> {
  return insertTerminal(ctx.database.db, { ...input, nowIso: isoNow(ctx.clock) });
}

export async function terminalExists(ctx: BackendContext, terminalId: string): Promise<boolean> {
  return (await findTerminalRow(ctx.database.db, terminalId)) !== undefined;
}

/** A revoked key is refused on its next request; the terminal's history stays. */
export async function revokeTerminal(ctx: BackendContext, terminalId: string): Promise<boolean> {
  return revokeTerminalRow(ctx.database.db, terminalId, isoNow(ctx.clock));
}

/**
 * Gives a terminal a fresh key: the old key is refused from its next request on, and the terminal
 * keeps its id, shifts and history. The new key is returned once; only its hash is stored.
 */
export async function rotateTerminalKey(ctx: BackendContext, terminalId: string): Promise<string> {
  const key = newSecret('tk');
  if (!(await setTerminalKeyHash(ctx.database.db, terminalId, secretHash(key)))) {
    throw new ApiError('not_found', `no terminal ${terminalId}`);
  }
  return key;
}
