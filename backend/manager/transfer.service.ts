import type { TransferResponse } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import {
  appendActivity,
  closeFrozenCard,
  creditActiveCard,
  rowToCardView,
  type CardRow,
} from '../cards/card.repository.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import type { ActivityTags } from './activity-tags.js';

export interface TransferInput {
  findCards: (trx: Trx) => Promise<{ from: CardRow; to: CardRow }>;
  reason: string;
  tags: ActivityTags;
}

/**
 * Moves a frozen card's whole balance to an active card of the same currency and region (the
 * replacement for a lost or stolen card). The source ends closed. Two activities, transfer_out and
 * transfer_in, share one id prefix so the pair can be found again.
 */
export async function transferBalance(ctx: BackendContext, input: TransferInput): Promise<TransferResponse> {
  return inWriteTransaction(ctx.database, async (trx) => {
    const { from, to } = await input.findCards(trx);
    assertTransferable(from, to);
    const now = isoNow(ctx.clock);
    const amountMinor = from.balance_minor;
    // Both updates are conditional on what was checked: a concurrent change leaves 0 rows.
    const closed = await closeFrozenCard(trx, from.id, amountMinor, now);
    const credited = await creditActiveCard(trx, to.id, amountMinor, now);
    if (closed === undefined || credited === undefined)
      throw new ApiError('transfer_invalid', 'a card changed meanwhile: try again');
    const common = { ...input.tags, redemption_id: null, reason: input.reason, created_at: now };
    const id = await appendActivity(trx, ctx.config.chainKey, {
      card_id: from.id,
      kind: 'transfer_out',
      amount_minor: -amountMinor,
      balance_after_minor: 0,
      ...common,
    });
    await appendActivity(trx, ctx.config.chainKey, {
      card_id: to.id,
      kind: 'transfer_in',
      amount_minor: amountMinor,
      balance_after_minor: credited.balance_minor,
      ...common,
    });
    await appendActivity(trx, ctx.config.chainKey, {
      card_id: from.id,
      kind: 'close',
      amount_minor: 0,
      balance_after_minor: 0,
      ...common,
    });
    return {
      transfer: {
        id,
        amountMinor,
        currency: from.currency,
        from: rowToCardView(closed),
        to: rowToCardView(credited),
        createdAt: now,
      },
    };
  });
}

function assertTransferable(from: CardRow, to: CardRow): void {
  const refuse = (why: string): never => {
    throw new ApiError('transfer_invalid', why, { fromLast4: from.last4, toLast4: to.last4 });
  };
  if (from.id === to.id) refuse('source and target are the same card');
  if (from.status !== 'frozen') refuse('only a frozen card can be transferred from');
  if (to.status !== 'active') refuse('the target card must be active');
  if (from.currency !== to.currency) refuse('the cards are in different currencies');
  if (from.region !== to.region) refuse('the cards belong to different regions');
}
