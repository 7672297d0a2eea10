/**
 * Opens the database and the server key the way every process on a ledger must: the server and
 * the admin CLI. The key is checked against the one the database records (crypto/server-key-check.ts),
 * so a process with another key stops before it can issue, look up or miss a single card.
 */
import { unlinkSync } from 'node:fs';
import { checkServerKey, type ServerKeyCheck } from './crypto/server-key-check.js';
import { readServerKey } from './crypto/server-key.js';
import { openDatabase, type OpenDatabase, type OpenDatabaseOptions } from './db/database.js';

export interface OpenedLedger {
  database: OpenDatabase;
  serverKey: Buffer;
  keyCheck: ServerKeyCheck;
}

export async function openLedger(
  options: OpenDatabaseOptions & { serverKeyEnv: string | undefined; nowIso: string },
): Promise<OpenedLedger> {
  const database = await openDatabase(options);
  try {
    const loaded = readServerKey(options.dataDir, options.serverKeyEnv);
    try {
      const keyCheck = await checkServerKey(database.db, loaded.key, loaded.source, options.nowIso, loaded.created);
      return { database, serverKey: loaded.key, keyCheck };
    } catch (error) {
      // A key file this start just made (the old one is missing) would stand in the way of
      // restoring the right one: take it away again.
      if (loaded.created && loaded.source !== 'memory') unlinkSync(loaded.source);
      throw error;
    }
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** DATABASE_POOL_SIZE: PostgreSQL connections per backend instance (1–1000); unset: the default. */
export function poolSizeFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "${value}"`);
  }
  return size;
}
