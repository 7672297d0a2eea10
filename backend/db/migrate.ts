import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/0001-initial.js';
import * as pairing from './migrations/0002-pairing.js';
import * as serverKeyCheck from './migrations/0003-server-key-check.js';
import * as reportIndexes from './migrations/0004-report-indexes.js';
import * as throttles from './migrations/0005-throttles.js';
import * as ledgerGuards from './migrations/0006-ledger-guards.js';
import * as staffPinLength from './migrations/0007-staff-pin-length.js';
import * as tillSales from './migrations/0010-till-sales.js';

/** Every migration in order. Imported statically so the backend runs the same under tsx or bundled. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-pairing': pairing,
  '0003-server-key-check': serverKeyCheck,
  '0004-report-indexes': reportIndexes,
  '0005-throttles': throttles,
  '0006-ledger-guards': ledgerGuards,
  '0007-staff-pin-length': staffPinLength,
  '0010-till-sales': tillSales,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema to the latest version; several instances may race here safely (Kysely locks).
 * A schema that is already current is only read, so the backend can run as a PostgreSQL role that
 * may not create or alter anything (admin/db-roles.ts); migrations then run as the owner.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  if (await isCurrent(db)) return;
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    // The cause goes into the message: the start's one log line is all an operator sees.
    const why = error instanceof Error ? error.message : String(error ?? 'no reason given');
    const what = failed ? `migration ${failed.migrationName} failed` : 'the database could not be migrated';
    throw new Error(`${what}: ${why}`, { cause: error });
  }
}

async function isCurrent(db: Kysely<unknown>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const done = new Set(rows.map((row) => row.name));
    return Object.keys(MIGRATIONS).every((name) => done.has(name));
  } catch {
    return false; // no migration table yet: a new database
  }
}
