import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Page } from '../http/page.js';

/**
 * One page (limit + 1 rows, for pageOf) of the store's activities at its counters (those in a
 * shift) created in [from, to), oldest first, with the card's last 4. Filtered on the activity's
 * own store (activities_by_store), not through its shift: the index finds the range's rows
 * directly, however many older shifts the store has.
 */
export async function readActivityPage(
  db: Kysely<Database>,
  storeId: string,
  range: { from: string; to: string },
  page: Page,
) {
  let rows = db
    .selectFrom('activities')
    .innerJoin('cards', 'cards.id', 'activities.card_id')
    .select([
      'activities.id',
      'activities.kind',
      'activities.amount_minor',
      'activities.created_at',
      'activities.shift_id',
      'cards.last4',
    ])
    .where('activities.store_id', '=', storeId)
    .where('activities.shift_id', 'is not', null)
    .where('activities.created_at', '>=', range.from)
    .where('activities.created_at', '<', range.to);
  if (page.after !== null) {
    const [createdAt = '', id = ''] = page.after;
    rows = rows.where((eb) => eb(eb.refTuple('activities.created_at', 'activities.id'), '>', eb.tuple(createdAt, id)));
  }
  return rows
    .orderBy('activities.created_at')
    .orderBy('activities.id')
    .limit(page.limit + 1)
    .execute();
}
