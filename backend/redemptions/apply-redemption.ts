import { sql } from 'kysely';
import type { Redemption } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import { appendChainedActivity, type CardRow } from '../cards/card.repository.js';
import type { Trx } from '../db/transaction.js';
import { newId } from '../ids.js';
import { insertRedemption, rowToRedemption } from './redemption.repository.js';

/**
 * Debits the card and writes the ledger activity and the redemption row, in the caller's
 * transaction. The conditional UPDATE is the guard: it takes the money only while the card is
 * still active and holds enough, whatever another transaction did since the card was read.
 * Returns null when the guard refused (the caller re-reads the card to say why).
 */
export async function applyRedemption(
  trx: Trx,
  input: {
    card: CardRow;
    chainKey: Buffer;
    amountMinor: number;
    idempotencyKey: string;
    terminal: AuthTerminal;
    session: AuthSession;
    nowIso: string;
  },
): Promise<Redemption | null> {
  const { card, amountMinor, terminal, session, nowIso } = input;
  const updated = await trx
    .updateTable('cards')
    .set({
      balance_minor: sql<number>`balance_minor - ${amountMinor}`,
      last_activity_at: nowIso,
      // The chain head moves on in the same statement, which also returns the previous hash.
      ledger_seq: sql<number>`ledger_seq + 1`,
    })
    .where('id', '=', card.id)
    .where('status', '=', 'active')
    .where('balance_minor', '>=', amountMinor)
    .returning(['balance_minor', 'ledger_seq', 'ledger_hash'])
    .executeTakeFirst();
  if (updated === undefined) return null;
  const balanceAfterMinor = updated.balance_minor;
  const redemption = {
    id: newId('rdm'),
    card_id: card.id,
    terminal_id: terminal.id,
    store_id: terminal.store.id,
    cashier_id: session.staffId,
    shift_id: session.shiftId,
    idempotency_key: input.idempotencyKey,
    amount_minor: amountMinor,
    balance_before_minor: balanceAfterMinor + amountMinor,
    balance_after_minor: balanceAfterMinor,
    currency: card.currency,
    status: 'applied' as const,
    created_at: nowIso,
  };
  await insertRedemption(trx, redemption);
  const head = { seq: updated.ledger_seq, prevHash: updated.ledger_hash };
  await appendChainedActivity(
    trx,
    input.chainKey,
    {
      card_id: card.id,
      kind: 'redeem',
      amount_minor: -amountMinor,
      balance_after_minor: balanceAfterMinor,
      store_id: terminal.store.id,
      terminal_id: terminal.id,
      cashier_id: session.staffId,
      shift_id: session.shiftId,
      manager_id: null,
      redemption_id: redemption.id,
      reason: null,
      created_at: nowIso,
    },
    head,
  );
  return rowToRedemption(redemption, card.last4);
}
