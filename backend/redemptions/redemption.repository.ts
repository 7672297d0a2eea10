import { sql, type Selectable } from 'kysely';
import type { Redemption } from '../../shared/backend-api.js';
import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';
import { appendChainedActivity, type CardRow } from '../cards/card.repository.js';
import type { IdempotencyState, RedemptionsTable } from '../db/schema.js';
import { RetryTransaction, type Trx } from '../db/transaction.js';
import { newId } from '../ids.js';
import type { IdempotencyRecord, RedeemState, RequestFingerprint, StoredResponse } from './redeem.rules.js';

/**
 * Every statement of redemptions and reversals on both dialects (SQL only, `db | trx` first),
 * except PostgreSQL's one-statement redemption (redeem-one-statement.ts).
 */

export type { IdempotencyRecord, StoredResponse } from './redeem.rules.js';
export type RedemptionRow = Selectable<RedemptionsTable>;

const RECORD_COLUMNS = [
  'terminal_id',
  'idempotency_key',
  'request_hash',
  'request_code_hmac',
  'request_amount_minor',
  'request_currency',
  'status_code',
  'response_json',
  'state',
  'redemption_id',
  'created_at',
  'updated_at',
] as const;
const CARD_COLUMNS = [
  'id',
  'code_hmac',
  'last4',
  'requires_check',
  'status',
  'frozen_reason',
  'currency',
  'region',
  'balance_minor',
  'face_value_minor',
  'expires_at',
  'activated_at',
  'last_activity_at',
  'created_at',
] as const;

/** Reads the key's record, the code-entry wait, the shift and the card in one round trip. */
export async function loadRedeemState(
  db: Trx,
  input: {
    terminalId: string;
    cashierId: string;
    key: string;
    codeHmac: string | null;
    shiftId: string;
    nowIso: string;
  },
): Promise<RedeemState> {
  const recordSelect = sql.join(RECORD_COLUMNS.map((column) => sql`r.${sql.ref(column)} as ${sql.ref(`r_${column}`)}`));
  const cardSelect = sql.join(CARD_COLUMNS.map((column) => sql`c.${sql.ref(column)} as ${sql.ref(`c_${column}`)}`));
  const result = await sql<Record<string, unknown>>`
    select ${recordSelect}, ${cardSelect},
      (select max(t.delayed_until) from throttles t
        where t.delayed_until > ${input.nowIso}
          and ((t.kind = 'entry_terminal' and t.subject = ${input.terminalId})
            or (t.kind = 'entry_cashier' and t.subject = ${input.cashierId}))) as locked_until,
      (select s.status from shifts s where s.id = ${input.shiftId}) as shift_status
    from (select 1 as one) as anchor
    left join idempotency_records r on r.terminal_id = ${input.terminalId} and r.idempotency_key = ${input.key}
    left join cards c on c.code_hmac = ${input.codeHmac ?? ''}
  `.execute(db);
  const row = result.rows[0] ?? {};
  return {
    record:
      row.r_terminal_id === null || row.r_terminal_id === undefined
        ? undefined
        : (pick(row, 'r_', RECORD_COLUMNS) as unknown as IdempotencyRecord),
    lockedUntil: (row.locked_until as string | null | undefined) ?? null,
    shiftOpen: row.shift_status === 'open',
    card:
      row.c_id === null || row.c_id === undefined ? undefined : (pick(row, 'c_', CARD_COLUMNS) as unknown as CardRow),
  };
}

function pick(row: Record<string, unknown>, prefix: string, columns: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((column) => [column, row[`${prefix}${column}`] ?? null]));
}

/**
 * Debits the card and writes the ledger activity and the redemption row, in the caller's
 * transaction. The conditional UPDATE is the guard: it takes the money only while the card is
 * still active and holds enough, whatever another transaction did since the card was read.
 * Returns null when the guard refused (the caller reads the card again to say why).
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
  await trx.insertInto('redemptions').values(redemption).execute();
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

export async function findRedemption(db: Trx, redemptionId: string): Promise<RedemptionRow | undefined> {
  return db.selectFrom('redemptions').selectAll().where('id', '=', redemptionId).executeTakeFirst();
}

/**
 * Marks an applied redemption reversed or voided. Conditional on 'applied': of a concurrent void
 * and reversal of the same redemption, only one gives the money back. False when another did.
 */
export async function settleApplied(trx: Trx, redemptionId: string, to: 'reversed' | 'voided'): Promise<boolean> {
  const claimed = await trx
    .updateTable('redemptions')
    .set({ status: to })
    .where('id', '=', redemptionId)
    .where('status', '=', 'applied')
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) > 0;
}

/** A redemption of this store, with its card's last 4 and status; undefined for another store's. */
export async function findStoreRedemption(trx: Trx, redemptionId: string, storeId: string) {
  return trx
    .selectFrom('redemptions')
    .innerJoin('cards', 'cards.id', 'redemptions.card_id')
    .selectAll('redemptions')
    .select(['cards.last4', 'cards.status as card_status'])
    .where('redemptions.id', '=', redemptionId)
    .where('redemptions.store_id', '=', storeId)
    .executeTakeFirst();
}

/** The protocol's view of a redemption, keys in schema order so stored responses stay stable. */
export function rowToRedemption(row: RedemptionRow, last4: string): Redemption {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    amountMinor: row.amount_minor,
    balanceBeforeMinor: row.balance_before_minor,
    balanceAfterMinor: row.balance_after_minor,
    currency: row.currency,
    card: { last4 },
    storeId: row.store_id,
    terminalId: row.terminal_id,
    cashierId: row.cashier_id,
    shiftId: row.shift_id,
    createdAt: row.created_at,
  };
}

export async function findRecord(db: Trx, terminalId: string, key: string): Promise<IdempotencyRecord | undefined> {
  return db
    .selectFrom('idempotency_records')
    .selectAll()
    .where('terminal_id', '=', terminalId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/**
 * Stores the outcome under (terminal, key) in the caller's transaction. When another transaction
 * stored this key first (a concurrent copy of the request), ours is retried from the start and
 * then answers with theirs.
 */
export async function insertRecord(
  trx: Trx,
  input: {
    terminalId: string;
    key: string;
    fingerprint: RequestFingerprint | null;
    response: StoredResponse;
    state: IdempotencyState;
    redemptionId: string | null;
    nowIso: string;
  },
): Promise<void> {
  const inserted = await trx
    .insertInto('idempotency_records')
    .values({
      terminal_id: input.terminalId,
      idempotency_key: input.key,
      request_hash: input.fingerprint?.hash ?? null,
      request_code_hmac: input.fingerprint?.codeHmac ?? null,
      request_amount_minor: input.fingerprint?.amountMinor ?? null,
      request_currency: input.fingerprint?.currency ?? null,
      status_code: input.response.statusCode,
      response_json: input.response.json,
      state: input.state,
      redemption_id: input.redemptionId,
      created_at: input.nowIso,
      updated_at: input.nowIso,
    })
    .onConflict((oc) => oc.columns(['terminal_id', 'idempotency_key']).doNothing())
    .returning('terminal_id')
    .executeTakeFirst();
  if (inserted === undefined) throw new RetryTransaction('idempotency key stored by a concurrent request');
}

export async function markReversed(trx: Trx, record: IdempotencyRecord, nowIso: string): Promise<void> {
  await trx
    .updateTable('idempotency_records')
    .set({ state: 'reversed', updated_at: nowIso })
    .where('terminal_id', '=', record.terminal_id)
    .where('idempotency_key', '=', record.idempotency_key)
    .execute();
}
