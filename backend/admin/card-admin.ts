import { closeSync, openSync, writeFileSync } from 'node:fs';
import { hasValidCheck, lastFour, maskCode } from '../../shared/claim-code.js';
import type { CardStatus } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { recordActivation, type CardProgram, type IssuedCard } from '../cards/card.service.js';
import { codeHmac } from '../crypto/hashing.js';
import { inWriteTransaction } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { newId } from '../ids.js';

/**
 * Issues a card with a code chosen in advance (the printed demo cards). The code must pass its
 * check character, like every issued code; an active card gets its activation in the ledger.
 */
export async function issueCardWithCode(ctx: BackendContext, code: string, program: CardProgram): Promise<IssuedCard> {
  if (!hasValidCheck(code)) throw new ApiError('code_malformed', `code ${maskCode(code)} fails its check character`);
  const id = newId('crd');
  const now = isoNow(ctx.clock);
  const active = program.status === 'active';
  await inWriteTransaction(ctx.database, async (trx) => {
    await trx
      .insertInto('cards')
      .values({
        id,
        code_hmac: codeHmac(ctx.config.serverKey, code),
        last4: lastFour(code),
        requires_check: 1,
        status: program.status,
        frozen_reason: null,
        currency: program.currency,
        region: program.region,
        balance_minor: active ? program.amountMinor : 0,
        face_value_minor: program.amountMinor,
        expires_at: program.expiresAt ?? null,
        activated_at: active ? now : null,
        last_activity_at: null,
        created_at: now,
      })
      .execute();
    if (!active) return;
    await recordActivation(trx, ctx.config.chainKey, id, program.amountMinor, now);
  });
  const balanceMinor = active ? program.amountMinor : 0;
  return {
    id,
    code,
    last4: lastFour(code),
    status: program.status,
    currency: program.currency,
    region: program.region,
    balanceMinor,
  };
}

export interface ListedCard {
  id: string;
  masked: string;
  status: CardStatus;
  currency: string;
  region: string;
  balanceMinor: number;
  frozenReason: string | null;
  createdAt: string;
}

/** Cards, newest first, masked: the full code is never stored, so it cannot be listed. */
export async function listCards(
  ctx: BackendContext,
  filter: { status?: CardStatus; limit: number },
): Promise<ListedCard[]> {
  let query = ctx.database.db
    .selectFrom('cards')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(filter.limit);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    masked: maskCode(row.last4),
    status: row.status,
    currency: row.currency,
    region: row.region,
    balanceMinor: Number(row.balance_minor),
    frozenReason: row.frozen_reason,
    createdAt: row.created_at,
  }));
}

/**
 * Creates the CSV file for issued codes before any card is issued (so a bad path loses no codes),
 * readable by its owner only, never overwriting a file. Returns a writer for the issued cards.
 */
export function reserveCodesCsv(path: string): (cards: readonly IssuedCard[]) => void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists already' : 'cannot be created';
    throw new ApiError('bad_request', `CSV file ${path} ${reason}`);
  }
  return (cards) => {
    const rows = cards.map((card) =>
      [card.code, card.last4, card.status, card.currency, card.region, card.balanceMinor].join(','),
    );
    writeFileSync(fd, ['code,last4,status,currency,region,balance_minor', ...rows, ''].join('\n'));
    closeSync(fd);
  };
}
