import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { sameDigest } from './hashing.js';

const ROW_ID = 'server_key';

/** What the database said about the key a backend starts with. */
export type ServerKeyCheck =
  /** The key is the one recorded in the database. */
  | 'matches'
  /** First start on an empty database: this key is recorded as the database's key. */
  | 'recorded'
  /**
   * A database from before the fingerprint was kept, with cards already: this key is recorded
   * from now on, but whether it is the one the cards were made with cannot be known.
   */
  | 'recorded_unverified';

/** Thrown when the key differs from the one recorded: every card would answer card_not_found. */
export class ServerKeyMismatchError extends Error {
  constructor(source: string, madeNow: boolean) {
    super(
      (madeNow
        ? `${source} was missing, so a new server key was made, and it is not the key this database's card codes were made with: `
        : `the server key from ${source} is not the key this database's card codes were made with: `) +
        'every card would answer card_not_found, and those misses would count toward entry locks. ' +
        (source === 'TILLCARD_SERVER_KEY'
          ? 'Set TILLCARD_SERVER_KEY to the value the other backends of this database use.'
          : `Restore ${source} from the backup taken with this database, or set TILLCARD_SERVER_KEY to the database's key.`),
    );
    this.name = 'ServerKeyMismatchError';
  }
}

/** An HMAC of a fixed text under the key: tells keys apart without revealing one. */
export function serverKeyFingerprint(serverKey: Buffer): string {
  return createHmac('sha256', serverKey).update('tillcard server key check v1').digest('hex');
}

/**
 * Compares the key with the one the database records, recording it on first use. madeNow: the key
 * was made by this start (its file was missing), which the refusal says. Two instances
 * starting together on a fresh database with different keys: one insert wins, the other finds
 * the winner's fingerprint and is refused.
 */
export async function checkServerKey(
  db: Kysely<Database>,
  serverKey: Buffer,
  source: string,
  nowIso: string,
  madeNow = false,
): Promise<ServerKeyCheck> {
  const fingerprint = serverKeyFingerprint(serverKey);
  let outcome: ServerKeyCheck = 'matches';
  let recorded = await recordedFingerprint(db);
  if (recorded === undefined) {
    const hadCards = (await db.selectFrom('cards').select('id').limit(1).executeTakeFirst()) !== undefined;
    await db
      .insertInto('server_key_check')
      .values({ id: ROW_ID, fingerprint, created_at: nowIso })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    recorded = await recordedFingerprint(db);
    outcome = hadCards ? 'recorded_unverified' : 'recorded';
  }
  if (recorded === undefined || !sameDigest(recorded, fingerprint)) throw new ServerKeyMismatchError(source, madeNow);
  return outcome;
}

async function recordedFingerprint(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom('server_key_check').select('fingerprint').where('id', '=', ROW_ID).executeTakeFirst();
  return row?.fingerprint;
}
