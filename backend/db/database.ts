/**
 * Opens the ledger database: an embedded SQLite file (one store) or PostgreSQL (a chain), chosen
 * by the URL. Both give the same Kysely<Database>; services stay dialect-agnostic through
 * inWriteTransaction (db/transaction.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ensurePrivateDir, ensurePrivateFile } from '../private-files.js';
import { GroupCommit } from './group-commit.js';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrate.js';
import { withStatementCache } from './sqlite-statement-cache.js';

export type Dialect = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL only: the pool under Kysely, for the few hot statements run as named prepared statements. */
  pgPool?: pg.Pool;
  /** SQLite only: write transactions arriving together share one COMMIT (db/group-commit.ts). */
  groupCommit?: GroupCommit;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL; unset selects SQLite in dataDir. */
  databaseUrl?: string | undefined;
  /** Folder of tillcard.sqlite, or ':memory:' for a throw-away database. */
  dataDir: string;
  /** Upper bound of PostgreSQL connections per backend instance (DATABASE_POOL_SIZE; default DEFAULT_POOL_SIZE). */
  poolSize?: number | undefined;
  /** Runs migrations before returning (default true). */
  migrate?: boolean;
  /**
   * PostgreSQL only: told when an idle pooled connection fails (a server restart, an administrator
   * terminating it). The pool drops that connection and opens another when needed; without a
   * listener the error would end the whole process.
   */
  onIdleConnectionError?: (error: Error) => void;
}

const SQLITE_BUSY_TIMEOUT_MS = 5_000;
/**
 * PostgreSQL connections per backend instance. A redemption holds one for a single statement, so
 * a few per database core keep the server busy; more only queue inside PostgreSQL instead of here.
 */
export const DEFAULT_POOL_SIZE = 20;
/**
 * How long a request waits for a new PostgreSQL connection. A server that accepts the socket but
 * never answers (a hung host, a half-open link) would otherwise hold every request, and the start,
 * forever; after this the request fails and the terminal checks a money call by its key.
 */
export const PG_CONNECT_TIMEOUT_MS = 5_000;
const PG_INT8_OID = 20;

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const url = options.databaseUrl ?? '';
  const opened = /^postgres(ql)?:\/\//.test(url)
    ? openPostgres(url, options.poolSize ?? DEFAULT_POOL_SIZE, options.onIdleConnectionError ?? (() => {}))
    : openSqlite(options.dataDir);
  if (options.migrate !== false) {
    try {
      await migrateToLatest(opened.db as unknown as Kysely<unknown>);
    } catch (error) {
      await opened.close();
      throw error;
    }
  }
  return opened;
}

function openSqlite(dataDir: string): OpenDatabase {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    ensurePrivateDir(dataDir);
    file = join(dataDir, 'tillcard.sqlite');
    // SQLite creates the -wal and -shm files with the main file's mode: 0600 for all three.
    for (const path of [file, `${file}-wal`, `${file}-shm`])
      if (path === file || existsSync(path)) ensurePrivateFile(path);
  }
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed redemption survives a power cut; NORMAL could lose the last commits.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', groupCommit: new GroupCommit(db), close: () => db.destroy() };
}

function openPostgres(url: string, poolSize: number, onIdleConnectionError: (error: Error) => void): OpenDatabase {
  // Money columns are bigint: parse them as numbers (amounts stay far below 2^53, see money.ts).
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === PG_INT8_OID
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
  });
  pool.on('error', onIdleConnectionError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', pgPool: pool, close: () => db.destroy() };
}
