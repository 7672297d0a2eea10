import { closeSync, openSync, writeFileSync } from 'node:fs';
import { hasValidCheck, maskCode } from '../../shared/claim-code.js';
import type { CardStatus } from '../../shared/backend-api.js';
import type { BackendContext } from '../context.js';
import { listCardRows } from '../cards/card.repository.js';
import { insertCard, type CardProgram, type IssuedCard } from '../cards/card.service.js';
import { inWriteTransaction } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';

/**
 * Issues a card with a code chosen in advance (the printed demo cards). The code must pass its
 * check character, like every issued code; an active card gets its activation in the ledger.
 */
export async function issueCardWithCode(ctx: BackendContext, code: string, program: CardProgram): Promise<IssuedCard> {
  if (!hasValidCheck(code)) throw new ApiError('code_malformed', `code ${maskCode(code)} fails its check character`);
  return inWriteTransaction(ctx.database, (trx) => insertCard(trx, ctx, code, true, program));
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
  const rows = await listCardRows(ctx.database.db, filter);
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
