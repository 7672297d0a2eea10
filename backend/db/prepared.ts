import type { Compilable } from 'kysely';
import type { OpenDatabase } from './database.js';

/**
 * Runs a Kysely query; on PostgreSQL as a named prepared statement, parsed and planned once per
 * connection. For the few queries every request makes. The query's SQL text must be the same on
 * every call under one name (only the parameters may change).
 */
export async function queryPrepared<Row>(database: OpenDatabase, name: string, query: Compilable<Row>): Promise<Row[]> {
  const compiled = query.compile();
  if (database.pgPool !== undefined) {
    const result = await database.pgPool.query({ name, text: compiled.sql, values: [...compiled.parameters] });
    return result.rows as Row[];
  }
  return (await database.db.executeQuery(compiled)).rows;
}
