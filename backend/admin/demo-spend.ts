import { randomUUID } from 'node:crypto';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction } from '../db/transaction.js';
import { redeem } from '../redemptions/redeem.service.js';
import { openOrResumeShift } from '../shifts/shift.repository.js';
import { closeShift } from '../shifts/shift.service.js';
import { findStaff } from './staff-admin.js';

/**
 * Uses a demo card up the way a till would: the demo cashier redeems its full balance in a shift on
 * the demo terminal, so the ledger holds a real redemption. A shift opened only for this is closed
 * again, so the cashier's first sign-in starts a clean one.
 */
export async function spendCard(
  ctx: BackendContext,
  terminal: AuthTerminal,
  cashierId: string,
  code: string,
  currency: string,
): Promise<void> {
  const cashier = await findStaff(ctx, cashierId);
  if (cashier === undefined) throw new Error('demo cashier missing');
  const shiftWasOpen = await ctx.database.db
    .selectFrom('shifts')
    .select('id')
    .where('cashier_id', '=', cashierId)
    .where('terminal_id', '=', terminal.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  const now = ctx.clock.now().toISOString();
  const shift = await inWriteTransaction(ctx.database, (trx) =>
    openOrResumeShift(trx, { storeId: terminal.store.id, terminalId: terminal.id, cashierId, now }),
  );
  const session: AuthSession = {
    tokenHash: '',
    staffId: cashier.id,
    staffName: cashier.name,
    role: cashier.role,
    shiftId: shift.id,
    expiresAt: now,
  };
  const outcome = await redeem(ctx, terminal, session, { code, currency, idempotencyKey: `demo-${randomUUID()}` });
  if (!outcome.applied) throw new Error(`demo redemption was not applied (${outcome.statusCode})`);
  if (shiftWasOpen === undefined) await closeShift(ctx, terminal, session);
}
