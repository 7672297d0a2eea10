// Exits 0 when the PostgreSQL server at the given URL answers a query, 1 otherwise.
import pg from 'pg';

const client = new pg.Client({ connectionString: process.argv[2], connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  const { rows } = await client.query('select version() as version');
  console.log(`PostgreSQL reachable: ${rows[0].version.split(' ').slice(0, 2).join(' ')}`);
  await client.end();
} catch (error) {
  console.error(`PostgreSQL check failed: ${error.message}`);
  process.exit(1);
}
