import type { Sale, SaleKind } from '../../shared/sales-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import type { CardRow } from '../cards/card.repository.js';
import { isoNow } from '../clock.js';
import type { BackendContext } from '../context.js';
import { inWriteTransaction } from '../db/transaction.js';
import { ApiError } from '../http/api-error.js';
import { cardByCode } from '../manager/card-by-code.js';
import type { StoredResponse } from '../redemptions/redemption.repository.js';
import { requireOpenShift } from '../shifts/open-shift.js';
import { creditCard } from './credit-card.js';
import { fingerprintSale, insertSaleRequest, replaySale } from './sale-request.repository.js';
import { readSaleSettings, type SaleSettings } from './sale-settings.js';

export interface SaleInput {
  kind: SaleKind;
  code: string;
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
  /** The approving manager (already checked by PIN), or null for a cashier's own sale. */
  managerId: string | null;
  reason: string | null;
}

/**
 * Decides whether this card may take this credit, throwing the decline; returns the most the card
 * may hold afterwards. Pure: it only reads what it is given.
 */
export type SaleCheck = (
  card: CardRow,
  input: SaleInput,
  settings: SaleSettings,
  store: AuthTerminal['store'],
) => number;

/**
 * Credits a card exactly once per (terminal, idempotency key), in one write transaction: the stored
 * answer again for a repeat of the same request, idempotency_conflict for a different one; else
 * the open shift, the card, the store's settings and `check`, then the credit and its ledger row.
 * Declines are not stored: nothing was applied, so a retry is decided afresh.
 */
export async function runSale(
  ctx: BackendContext,
  terminal: AuthTerminal,
  session: AuthSession,
  input: SaleInput,
  check: SaleCheck,
): Promise<StoredResponse> {
  const hash = fingerprintSale(ctx.config.serverKey, input);
  return inWriteTransaction(ctx.database, async (trx) => {
    const stored = await replaySale(trx, terminal.id, input.idempotencyKey, hash);
    if (stored !== undefined) return stored;
    let card: CardRow;
    let maxBalanceMinor: number;
    try {
      await requireOpenShift(trx, ctx.database.dialect, session.shiftId);
      card = await cardByCode(ctx, trx, input.code);
      const settings = await readSaleSettings(trx, terminal.store.id);
      maxBalanceMinor = check(card, input, settings, terminal.store);
      if (card.currency !== input.currency) {
        throw new ApiError('currency_mismatch', 'card is in another currency', { last4: card.last4 });
      }
    } catch (error) {
      // On PostgreSQL (READ COMMITTED) a copy of this request may have committed between our read
      // of the key and our read of the card: the card then looks sold, and the answer is theirs.
      const late =
        error instanceof ApiError ? await replaySale(trx, terminal.id, input.idempotencyKey, hash) : undefined;
      if (late !== undefined) return late;
      throw error;
    }
    const nowIso = isoNow(ctx.clock);
    const credited = await creditCard(trx, ctx.config.chainKey, {
      card,
      kind: input.kind,
      activates: card.status === 'inactive',
      amountMinor: input.amountMinor,
      maxBalanceMinor,
      tags: {
        store_id: terminal.store.id,
        terminal_id: terminal.id,
        cashier_id: session.staffId,
        shift_id: session.shiftId,
        manager_id: input.managerId,
      },
      reason: input.reason,
      nowIso,
    });
    const sale: Sale = {
      id: credited.activityId,
      kind: input.kind,
      idempotencyKey: input.idempotencyKey,
      amountMinor: input.amountMinor,
      balanceAfterMinor: credited.balanceAfterMinor,
      currency: card.currency,
      card: { last4: card.last4 },
      storeId: terminal.store.id,
      terminalId: terminal.id,
      cashierId: session.staffId,
      shiftId: session.shiftId,
      managerId: input.managerId,
      reason: input.reason,
      createdAt: nowIso,
    };
    const response = { statusCode: 201, json: JSON.stringify({ sale }) };
    await insertSaleRequest(trx, {
      terminal_id: terminal.id,
      idempotency_key: input.idempotencyKey,
      kind: input.kind,
      request_hash: hash,
      status_code: response.statusCode,
      response_json: response.json,
      created_at: nowIso,
    });
    return response;
  });
}
