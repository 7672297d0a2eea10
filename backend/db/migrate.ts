import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/0001-initial.js';
import * as pairing from './migrations/0002-pairing.js';
import * as serverKeyCheck from './migrations/0003-server-key-check.js';
import * as reportIndexes from './migrations/0004-report-indexes.js';
import * as throttles from './migrations/0005-throttles.js';

/** Every migration in order. Imported statically so the backend runs the same under tsx or bundled. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-pairing': pairing,
  '0003-server-key-check': serverKeyCheck,
  '0004-report-indexes': reportIndexes,
  '0005-throttles': throttles,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema to the latest version; several instances may race here safely (Kysely locks). */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`migration ${name} failed`, { cause: error });
  }
}
