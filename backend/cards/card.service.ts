import { randomBytes } from 'node:crypto';
import { checkCode, codeFromRandom, CODE_LENGTH, lastFour } from '../../shared/claim-code.js';
import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { codeHmac } from '../crypto/hashing.js';
import { inWriteTransaction, type Trx } from '../db/transaction.js';
import type { CardStatus } from '../db/schema.js';
import { newId } from '../ids.js';
import { appendActivity, findCardByHmac, insertCardRow, setCardActive } from './card.repository.js';

export interface IssuedCard {
  id: string;
  /** The full code, returned once at issue: only its HMAC is stored. */
  code: string;
  last4: string;
  status: CardStatus;
  currency: string;
  region: string;
  balanceMinor: number;
}

export interface CardProgram {
  amountMinor: number;
  currency: string;
  region: string;
  /** 'active' cards can be redeemed at once; 'inactive' ones wait for activateCard. */
  status: 'active' | 'inactive';
  expiresAt?: string | null;
}

export async function issueCards(ctx: BackendContext, input: CardProgram & { count: number }): Promise<IssuedCard[]> {
  const cards: IssuedCard[] = [];
  await inWriteTransaction(ctx.database, async (trx) => {
    for (let i = 0; i < input.count; i++) {
      const code = codeFromRandom(randomBytes(CODE_LENGTH - 1));
      cards.push(await insertCard(trx, ctx, code, true, input));
    }
  });
  return cards;
}

/** An imported card whose code has no check character (8 to 32 letters and digits). */
export async function importLegacyCard(
  ctx: BackendContext,
  input: CardProgram & { code: string },
): Promise<IssuedCard> {
  const checked = checkCode(input.code);
  if (checked.kind !== 'legacy' && checked.kind !== 'check_failed' && checked.kind !== 'valid') {
    throw new Error('a legacy code has 8 to 32 letters and digits');
  }
  return inWriteTransaction(ctx.database, (trx) => insertCard(trx, ctx, checked.code, false, input));
}

/**
 * The one way a card comes to be (issue, legacy import, a demo card with a chosen code): its
 * code's HMAC and last 4, and for an active card the balance and the ledger's activation line,
 * in the caller's transaction.
 */
export async function insertCard(
  trx: Trx,
  ctx: BackendContext,
  code: string,
  requiresCheck: boolean,
  program: CardProgram,
): Promise<IssuedCard> {
  const id = newId('crd');
  const now = isoNow(ctx.clock);
  const active = program.status === 'active';
  const balanceMinor = active ? program.amountMinor : 0;
  await insertCardRow(trx, {
    id,
    code_hmac: codeHmac(ctx.config.serverKey, code),
    last4: lastFour(code),
    requires_check: requiresCheck ? 1 : 0,
    status: program.status,
    frozen_reason: null,
    currency: program.currency,
    region: program.region,
    balance_minor: balanceMinor,
    face_value_minor: program.amountMinor,
    expires_at: program.expiresAt ?? null,
    activated_at: active ? now : null,
    last_activity_at: null,
    created_at: now,
  });
  if (active) await recordActivation(trx, ctx.config.chainKey, id, program.amountMinor, now);
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

/** The ledger's first line of an active card: its activation with the face value. */
export async function recordActivation(
  trx: Trx,
  chainKey: Buffer,
  cardId: string,
  amountMinor: number,
  now: string,
): Promise<void> {
  await appendActivity(trx, chainKey, {
    card_id: cardId,
    kind: 'activate',
    amount_minor: amountMinor,
    balance_after_minor: amountMinor,
    store_id: null,
    terminal_id: null,
    cashier_id: null,
    shift_id: null,
    manager_id: null,
    redemption_id: null,
    reason: null,
    created_at: now,
  });
}

/** Activates an inactive card with its face value. Returns false when no inactive card has that code. */
export async function activateCard(ctx: BackendContext, code: string): Promise<boolean> {
  const hmac = codeHmac(ctx.config.serverKey, checkCode(code).code);
  return inWriteTransaction(ctx.database, async (trx) => {
    const card = await findCardByHmac(trx, hmac);
    if (card === undefined || card.status !== 'inactive') return false;
    const now = isoNow(ctx.clock);
    await setCardActive(trx, card.id, card.face_value_minor, now);
    await recordActivation(trx, ctx.config.chainKey, card.id, card.face_value_minor, now);
    return true;
  });
}
