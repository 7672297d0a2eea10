import type { PairingCode, PairResponse } from '../../shared/backend-api.js';
import { isoNow } from '../clock.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { newId } from '../ids.js';
import { findStore } from '../stores/store.service.js';
import { insertTerminal } from '../terminals/terminal.service.js';
import { newPairingCode, normalizePairingCode, pairingCodeHmac } from './pairing-code.js';
import { pairingLockedUntil, recordPairingFailure } from './pairing-attempts.repository.js';
import { findPairingCode, insertPairingCode, markPairingCodeUsed } from './pairing.repository.js';

/**
 * Makes a one-time pairing code for a new terminal of the store. The code is returned once;
 * only its HMAC is stored. createdBy is the manager's staff id, or 'admin' for the admin CLI.
 */
export async function createPairingCode(
  ctx: BackendContext,
  input: { storeId: string; terminalName: string; createdBy: string },
): Promise<PairingCode> {
  const code = newPairingCode();
  const expiresAt = new Date(ctx.clock.now().getTime() + ctx.config.pairing.codeTtlMs).toISOString();
  await insertPairingCode(ctx.database.db, {
    id: newId('pair'),
    store_id: input.storeId,
    terminal_name: input.terminalName,
    code_hmac: pairingCodeHmac(ctx.config.serverKey, normalizePairingCode(code)!),
    created_by: input.createdBy,
    created_at: isoNow(ctx.clock),
    expires_at: expiresAt,
    used_at: null,
    terminal_id: null,
  });
  return { code, terminalName: input.terminalName, storeId: input.storeId, expiresAt };
}

/**
 * Exchanges a pairing code for a new terminal of the code's store and its key: the only time a
 * key leaves the backend. A wrong code counts toward the caller's and everyone's attempt limit.
 */
export async function pairTerminal(
  ctx: BackendContext,
  input: { code: string; terminalName?: string | undefined; clientAddress: string },
): Promise<PairResponse> {
  const now = ctx.clock.now();
  const lockedUntil = await pairingLockedUntil(ctx.database.db, input.clientAddress, now.toISOString());
  if (lockedUntil !== null) throw pairingLocked(lockedUntil);
  const code = normalizePairingCode(input.code);
  const found =
    code === null ? undefined : await findPairingCode(ctx.database.db, pairingCodeHmac(ctx.config.serverKey, code));
  if (found === undefined) {
    const nowLocked = await inWriteTransaction(ctx.database, (trx) =>
      recordPairingFailure(trx, input.clientAddress, ctx.config.pairing, now),
    );
    if (nowLocked !== null) throw pairingLocked(nowLocked);
    throw new ApiError('pairing_code_invalid', 'no pairing code matches');
  }
  if (found.used_at !== null) throw new ApiError('pairing_code_used', 'this pairing code was used already');
  if (found.expires_at <= now.toISOString()) throw new ApiError('pairing_code_expired', 'this pairing code expired');
  const store = await findStore(ctx.database.db, found.store_id);
  if (store === undefined) throw new ApiError('pairing_code_invalid', 'the store of this pairing code is gone');

  const terminalName = input.terminalName ?? found.terminal_name;
  return inWriteTransaction(ctx.database, async (trx) => {
    const { id, key } = await insertTerminal(trx, { storeId: store.id, name: terminalName, nowIso: now.toISOString() });
    // Conditional, so two terminals racing with one code cannot both get a key.
    if (!(await markPairingCodeUsed(trx, { id: found.id, terminalId: id, nowIso: now.toISOString() }))) {
      throw new ApiError('pairing_code_used', 'this pairing code was used already');
    }
    return { terminal: { id, name: terminalName, store }, terminalKey: key };
  });
}

function pairingLocked(lockedUntil: string): ApiError {
  return new ApiError('pairing_locked', 'too many wrong pairing codes', { lockedUntil });
}
