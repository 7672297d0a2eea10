import type { CardView } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { appendActivity, changeCardStatus, rowToCardView, type CardRow } from '../cards/card.repository.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import type { ActivityTags } from './activity-tags.js';

export interface CardStateChange {
  /** Finds the card inside the transaction (by code, with the caller's store checks). */
  findCard: (trx: Trx) => Promise<CardRow>;
  reason: string;
  tags: ActivityTags;
}

/**
 * Freezes an active or inactive card (lost, stolen, suspicious): it can no longer be redeemed or
 * activated. The balance stays; a `freeze` activity records who and why.
 */
export async function freezeCard(ctx: BackendContext, change: CardStateChange): Promise<CardView> {
  return inWriteTransaction(ctx.database, async (trx) => {
    const card = await change.findCard(trx);
    if (card.status === 'frozen') throw new ApiError('card_frozen', 'card is frozen already', { last4: card.last4 });
    if (card.status === 'closed') throw new ApiError('card_closed', 'card is closed', { last4: card.last4 });
    return setStatus(
      ctx,
      trx,
      card,
      { from: card.status, to: 'frozen', kind: 'freeze', frozenReason: change.reason },
      change,
    );
  });
}

/** Returns a frozen card to where it was: active, or inactive when it was frozen before activation. */
export async function unfreezeCard(ctx: BackendContext, change: CardStateChange): Promise<CardView> {
  return inWriteTransaction(ctx.database, async (trx) => {
    const card = await change.findCard(trx);
    if (card.status === 'closed') throw new ApiError('card_closed', 'card is closed', { last4: card.last4 });
    if (card.status !== 'frozen') throw new ApiError('card_not_active', 'card is not frozen', { last4: card.last4 });
    const to = card.activated_at === null ? 'inactive' : 'active';
    return setStatus(ctx, trx, card, { from: 'frozen', to, kind: 'unfreeze', frozenReason: null }, change);
  });
}

async function setStatus(
  ctx: BackendContext,
  trx: Trx,
  card: CardRow,
  step: { from: CardRow['status']; to: CardRow['status']; kind: 'freeze' | 'unfreeze'; frozenReason: string | null },
  change: CardStateChange,
): Promise<CardView> {
  const now = isoNow(ctx.clock);
  // Conditional on the status read above: a concurrent change makes this a no-op we can detect.
  const updated = await changeCardStatus(trx, {
    cardId: card.id,
    from: step.from,
    to: step.to,
    frozenReason: step.frozenReason,
    nowIso: now,
  });
  if (updated === undefined)
    throw new ApiError('card_frozen', 'card changed meanwhile: try again', { last4: card.last4 });
  await appendActivity(trx, ctx.config.chainKey, {
    card_id: card.id,
    kind: step.kind,
    amount_minor: 0,
    balance_after_minor: updated.balance_minor,
    ...change.tags,
    redemption_id: null,
    reason: change.reason,
    created_at: now,
  });
  return rowToCardView(updated);
}
