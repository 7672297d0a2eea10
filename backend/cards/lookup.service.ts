import type { CardView } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction } from '../db/transaction.js';
import { assertEntryOpen, failedLookup, lockTarget } from '../lockouts/entry-lock.service.js';
import { ApiError } from '../http/api-error.js';
import { cardDecline } from './card-rules.js';
import type { CardRow } from './card.repository.js';
import { rowToCardView } from './card.repository.js';
import { resolveCard } from './resolve-card.js';

/**
 * The card behind a code, when it can be redeemed here. Cards that cannot (inactive, frozen,
 * closed, expired, other region or currency, empty) answer with that error and details
 * (last4, lastActivityAt, reason, …), so the terminal can explain without another call.
 */
export async function lookupCard(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  code: string,
): Promise<CardView> {
  const target = lockTarget(terminal, session);
  await assertEntryOpen(ctx.database.db, ctx, target);
  const resolved = await resolveCard(ctx.database.db, ctx.config.serverKey, code);
  if (!resolved.ok) {
    // A malformed code is refused before counting: a misread never makes anyone wait.
    if (resolved.error.code === 'code_malformed') throw resolved.error;
    throw await inWriteTransaction(ctx.database, (trx) => failedLookup(trx, ctx, target, resolved.error, code));
  }
  const decline = cardDecline(resolved.card, terminal.store, ctx.clock.now());
  if (decline !== null) throw withCardFacts(decline, resolved.card);
  return rowToCardView(resolved.card);
}

/**
 * What the counter needs to go on from a decline: a frozen card's balance, currency and region (the
 * terminal offers a manager Unfreeze and Move balance right there; an active card's lookup shows as
 * much), and where a card from elsewhere is from and what it holds, to say both in words.
 */
function withCardFacts(decline: ApiError, card: CardRow): ApiError {
  if (decline.code === 'card_frozen') {
    const facts = { balanceMinor: card.balance_minor, currency: card.currency, region: card.region };
    return new ApiError(decline.code, decline.message, { ...decline.details, ...facts });
  }
  if (decline.code === 'region_mismatch' || decline.code === 'currency_mismatch') {
    const facts = { cardRegion: card.region, cardCurrency: card.currency };
    return new ApiError(decline.code, decline.message, { ...decline.details, ...facts });
  }
  return decline;
}
