import type { Kysely, Selectable } from 'kysely';
import type { CardView } from '../../shared/backend-api.js';
import type { ActivitiesTable, CardStatus, CardsTable, Database } from '../db/schema.js';
import { newId } from '../ids.js';
import { chainHash } from '../ledger/chain.js';

export type CardRow = Selectable<CardsTable>;

export async function findCardByHmac(db: Kysely<Database>, codeHmac: string): Promise<CardRow | undefined> {
  return db.selectFrom('cards').selectAll().where('code_hmac', '=', codeHmac).executeTakeFirst();
}

export async function findCardById(db: Kysely<Database>, cardId: string): Promise<CardRow | undefined> {
  return db.selectFrom('cards').selectAll().where('id', '=', cardId).executeTakeFirst();
}

/** The card row as written: the ledger's chain head starts empty (ledger/chain.ts). */
export type NewCardRow = Omit<CardRow, 'ledger_seq' | 'ledger_hash'>;

export async function insertCardRow(db: Kysely<Database>, row: NewCardRow): Promise<void> {
  await db.insertInto('cards').values(row).execute();
}

/** An inactive card becomes active with its balance (the caller records the activation). */
export async function setCardActive(
  db: Kysely<Database>,
  cardId: string,
  balanceMinor: number,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('cards')
    .set({ status: 'active', balance_minor: balanceMinor, activated_at: nowIso })
    .where('id', '=', cardId)
    .execute();
}

/** Adds an amount to a card's balance (the caller adds the conditions it needs). */
function credit(db: Kysely<Database>, cardId: string, amountMinor: number, nowIso: string) {
  return db
    .updateTable('cards')
    .set((eb) => ({ balance_minor: eb('balance_minor', '+', amountMinor), last_activity_at: nowIso }))
    .where('id', '=', cardId);
}

/** Gives an amount back to a card (a reversal, a void); returns the balance after. */
export async function creditCard(
  db: Kysely<Database>,
  cardId: string,
  amountMinor: number,
  nowIso: string,
): Promise<number> {
  const updated = await credit(db, cardId, amountMinor, nowIso).returning('balance_minor').executeTakeFirstOrThrow();
  return updated.balance_minor;
}

/**
 * Moves a card from one status to another, conditional on the status read before: undefined when
 * a concurrent change got there first.
 */
export async function changeCardStatus(
  db: Kysely<Database>,
  change: { cardId: string; from: CardStatus; to: CardStatus; frozenReason: string | null; nowIso: string },
): Promise<CardRow | undefined> {
  return db
    .updateTable('cards')
    .set({ status: change.to, frozen_reason: change.frozenReason, last_activity_at: change.nowIso })
    .where('id', '=', change.cardId)
    .where('status', '=', change.from)
    .returningAll()
    .executeTakeFirst();
}

/**
 * A balance transfer's two writes, each conditional on what was checked (a frozen source still
 * holding `amountMinor`, an active target): undefined where a concurrent change got there first.
 */
export async function closeFrozenCard(
  db: Kysely<Database>,
  cardId: string,
  amountMinor: number,
  nowIso: string,
): Promise<CardRow | undefined> {
  return db
    .updateTable('cards')
    .set({ status: 'closed', balance_minor: 0, last_activity_at: nowIso })
    .where('id', '=', cardId)
    .where('status', '=', 'frozen')
    .where('balance_minor', '=', amountMinor)
    .returningAll()
    .executeTakeFirst();
}

export async function creditActiveCard(
  db: Kysely<Database>,
  cardId: string,
  amountMinor: number,
  nowIso: string,
): Promise<CardRow | undefined> {
  return credit(db, cardId, amountMinor, nowIso).where('status', '=', 'active').returningAll().executeTakeFirst();
}

/** Cards, newest first, optionally of one status. */
export async function listCardRows(
  db: Kysely<Database>,
  filter: { status?: CardStatus; limit: number },
): Promise<CardRow[]> {
  let query = db.selectFrom('cards').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(filter.limit);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  return query.execute();
}

export type NewActivity = Omit<Selectable<ActivitiesTable>, 'id' | 'seq' | 'hash'> & { id?: string };

/**
 * Appends one ledger activity, chained to the card's previous one (ledger/chain.ts): one read of
 * the card's chain head, the insert, and the head moved on. The caller has already written the
 * card row in this transaction, so on PostgreSQL the row is locked and the head cannot move
 * meanwhile; on SQLite the write transaction runs alone. The ledger is never updated or deleted
 * (the database refuses it: migrations/0006-ledger-guards.ts).
 */
export async function appendActivity(db: Kysely<Database>, key: Buffer, activity: NewActivity): Promise<string> {
  const head = await db
    .selectFrom('cards')
    .select(['ledger_seq', 'ledger_hash'])
    .where('id', '=', activity.card_id)
    .executeTakeFirstOrThrow();
  return appendChainedActivity(db, key, activity, { seq: head.ledger_seq + 1, prevHash: head.ledger_hash });
}

/**
 * appendActivity for a caller that already moved the card's ledger_seq on to `seq` and read the
 * previous hash in the same statement (the redemption's debit): no extra read.
 */
export async function appendChainedActivity(
  db: Kysely<Database>,
  key: Buffer,
  activity: NewActivity,
  head: { seq: number; prevHash: string | null },
): Promise<string> {
  const id = activity.id ?? newId('act');
  const fields = { ...activity, id };
  const hash = chainHash(key, head.prevHash, head.seq, fields);
  await db
    .insertInto('activities')
    .values({ ...fields, seq: head.seq, hash })
    .execute();
  await db
    .updateTable('cards')
    .set({ ledger_seq: head.seq, ledger_hash: hash })
    .where('id', '=', activity.card_id)
    .execute();
  return id;
}

export function rowToCardView(row: CardRow): CardView {
  return {
    last4: row.last4,
    status: row.status,
    currency: row.currency,
    region: row.region,
    balanceMinor: row.balance_minor,
    expiresAt: row.expires_at,
    lastActivityAt: row.last_activity_at,
    frozenReason: row.frozen_reason,
  };
}
