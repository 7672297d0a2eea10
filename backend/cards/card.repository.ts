import type { Kysely, Selectable } from 'kysely';
import type { CardView } from '../../shared/backend-api.js';
import type { ActivitiesTable, CardsTable, Database } from '../db/schema.js';
import { newId } from '../ids.js';

export type CardRow = Selectable<CardsTable>;

export async function findCardByHmac(db: Kysely<Database>, codeHmac: string): Promise<CardRow | undefined> {
  return db.selectFrom('cards').selectAll().where('code_hmac', '=', codeHmac).executeTakeFirst();
}

export async function findCardById(db: Kysely<Database>, cardId: string): Promise<CardRow | undefined> {
  return db.selectFrom('cards').selectAll().where('id', '=', cardId).executeTakeFirst();
}

/** Appends one ledger activity; the ledger is never updated or deleted. */
export async function appendActivity(
  db: Kysely<Database>,
  activity: Omit<Selectable<ActivitiesTable>, 'id'> & { id?: string },
): Promise<string> {
  const id = activity.id ?? newId('act');
  await db
    .insertInto('activities')
    .values({ ...activity, id })
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
