import type { SignInRequest, SignInResponse } from '../../shared/backend-api.js';
import type { AuthTerminal } from '../auth/auth.types.js';
import { checkStaffPin } from '../auth/staff-pin.js';
import type { BackendContext } from '../context.js';
import { isoAfter, isoNow } from '../clock.js';
import { secretHash } from '../crypto/hashing.js';
import { inWriteTransaction } from '../db/transaction.js';
import { newSecret } from '../ids.js';
import { openOrResumeShift, rowToShift } from '../shifts/shift.repository.js';
import { endSession, insertSession } from './session.repository.js';

/** Signs a cashier or manager in on a terminal: opens their shift there, or resumes the open one. */
export async function signIn(
  ctx: BackendContext,
  terminal: AuthTerminal,
  input: SignInRequest,
): Promise<SignInResponse> {
  const staff = await checkStaffPin(ctx, { terminal, staffId: input.cashierId, pin: input.pin, purpose: 'signin' });
  const token = newSecret('st');
  const expiresAt = isoAfter(ctx.clock, ctx.config.sessionTtlMs);
  const shift = await inWriteTransaction(ctx.database, async (trx) => {
    const now = isoNow(ctx.clock);
    const opened = await openOrResumeShift(trx, {
      storeId: terminal.store.id,
      terminalId: terminal.id,
      cashierId: staff.id,
      now,
    });
    await insertSession(trx, {
      token_hash: secretHash(token),
      staff_id: staff.id,
      terminal_id: terminal.id,
      shift_id: opened.id,
      created_at: now,
      expires_at: expiresAt,
      ended_at: null,
    });
    return opened;
  });
  return {
    token,
    cashier: { id: staff.id, name: staff.name, role: staff.role },
    shift: rowToShift(shift),
    store: terminal.store,
    terminal: { id: terminal.id, name: terminal.name },
    expiresAt,
  };
}

/**
 * Ends the session: refused from the next request on this instance, and on other instances within
 * the credentials cache TTL (config.ts). The shift stays open until its Z report.
 */
export async function signOut(ctx: BackendContext, tokenHash: string): Promise<void> {
  await inWriteTransaction(ctx.database, (trx) => endSession(trx, tokenHash, isoNow(ctx.clock)));
  ctx.credentialsCache?.forgetSession(tokenHash);
}
