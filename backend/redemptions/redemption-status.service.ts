import type { RedemptionStatusResponse } from '../../shared/backend-api.js';
import type { AuthTerminal } from '../auth/auth.types.js';
import { findCardById } from '../cards/card.repository.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { findRecord } from './idempotency.repository.js';
import { findRedemption, rowToRedemption } from './redemption.repository.js';

/**
 * What became of a key sent by this terminal: applied (with the redemption as first answered),
 * reversed (with it, or null for a tombstone), or not_found when nothing was applied under it.
 */
export async function redemptionStatus(
  ctx: BackendContext,
  terminal: AuthTerminal,
  key: string,
): Promise<RedemptionStatusResponse> {
  const record = await findRecord(ctx.database.db, terminal.id, key);
  if (record === undefined || record.state === 'declined') {
    throw new ApiError('not_found', 'no redemption was applied under this key');
  }
  if (record.redemption_id === null) return { status: 'reversed', redemption: null };
  const row = await findRedemption(ctx.database.db, record.redemption_id);
  if (row === undefined) throw new Error('idempotency record names a missing redemption');
  const card = await findCardById(ctx.database.db, row.card_id);
  const redemption = rowToRedemption(row, card?.last4 ?? '');
  return { status: record.state === 'reversed' ? 'reversed' : 'applied', redemption };
}
