import { sql } from 'kysely';
import { appendActivity, type CardRow } from '../cards/card.repository.js';
import { RetryTransaction, type Trx } from '../db/transaction.js';
import type { ActivityTags } from '../manager/activity-tags.js';

export interface Credit {
  card: CardRow;
  kind: 'activate' | 'load' | 'refund';
  /** True for an unsold card: the credit makes it active (an activation, or a refund onto a new card). */
  activates: boolean;
  amountMinor: number;
  /** The most the card may hold afterwards (activations are bounded by their own limits). */
  maxBalanceMinor: number;
  tags: ActivityTags;
  reason: string | null;
  nowIso: string;
}

/**
 * Puts money on a card and writes its ledger activity, in the caller's transaction: the one way
 * the till credits a card. The conditional UPDATE is the guard: activating needs the card still
 * inactive and empty, a load or refund needs it still active and within the most it may hold, whatever
 * another transaction did since the card was read. When the guard refuses, the transaction runs
 * again and the fresh read says why.
 */
export async function creditCard(
  trx: Trx,
  /** The ledger's chain key (config.chainKey): the activity is chained to the card's previous one. */
  chainKey: Buffer,
  credit: Credit,
): Promise<{ activityId: string; balanceAfterMinor: number }> {
  const { card, amountMinor, nowIso } = credit;
  const activating = credit.activates;
  const updated = await trx
    .updateTable('cards')
    .set(
      activating
        ? { status: 'active', balance_minor: amountMinor, activated_at: nowIso, last_activity_at: nowIso }
        : { balance_minor: sql<number>`balance_minor + ${amountMinor}`, last_activity_at: nowIso },
    )
    .where('id', '=', card.id)
    .where('status', '=', activating ? 'inactive' : 'active')
    .where('balance_minor', '<=', activating ? 0 : credit.maxBalanceMinor - amountMinor)
    .returning('balance_minor')
    .executeTakeFirst();
  if (updated === undefined) throw new RetryTransaction('the card changed since it was read');
  const balanceAfterMinor = Number(updated.balance_minor);
  const activityId = await appendActivity(trx, chainKey, {
    card_id: card.id,
    kind: credit.kind,
    amount_minor: amountMinor,
    balance_after_minor: balanceAfterMinor,
    ...credit.tags,
    redemption_id: null,
    reason: credit.reason,
    created_at: nowIso,
  });
  return { activityId, balanceAfterMinor };
}
