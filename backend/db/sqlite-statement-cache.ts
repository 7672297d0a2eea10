import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts kept prepared; the backend has far fewer, so this only bounds a runaway. */
const MAX_STATEMENTS = 500;

/**
 * Hands Kysely's SQLite driver a database whose prepare() reuses the statement already prepared
 * for the same SQL text. Kysely prepares every query afresh, and parsing and planning cost about
 * as much as running the small statements of a redemption. Safe because Kysely runs one query at
 * a time on its single connection and binds all parameters on each run; SQLite re-prepares a
 * cached statement by itself when the schema changes.
 */
export function withStatementCache(sqlite: BetterSqlite3Database): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = sqlite.prepare(sql);
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
