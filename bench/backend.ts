/**
 * `npm run bench:backend`: redemptions per second and latency of the real backend over HTTP, side
 * by side with the least a correct redemption can cost on the same machine in the same run:
 * pgbench running the reference 5-statement transaction (PostgreSQL) and an in-process
 * better-sqlite3 loop of it (SQLite). Nothing is asserted: the figures move with machine load.
 * BENCH_SECONDS (default 8) sets the length of each run; TILLCARD_TEST_PG_URL the PostgreSQL server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKEND_CARD_COUNT, benchBackend } from './lib/backend-under-load.js';
import { createReferenceSchema, findPgbench, runPgbench } from './lib/pgbench-reference.js';
import { createScratchDatabase, DEFAULT_PG_URL, isPostgresReachable } from './lib/pg-scratch-database.js';
import { REFERENCE_CARD_COUNT } from './lib/reference-schema.js';
import { runSqliteReference } from './lib/sqlite-reference.js';
import type { RunFigures } from './lib/stats.js';
import { compareWith, formatTable, referenceRows } from './lib/table.js';

const CLIENT_COUNTS = [1, 8, 32] as const;
const durationS = Number(process.env.BENCH_SECONDS ?? 8);
const pgServerUrl = process.env.TILLCARD_TEST_PG_URL || DEFAULT_PG_URL;

async function postgresSection(): Promise<void> {
  if (!(await isPostgresReachable(pgServerUrl))) {
    console.log(`\nPostgreSQL: skipped, no server at ${redactUrl(pgServerUrl)}`);
    return;
  }
  const pgbench = findPgbench();
  const reference: RunFigures[] = [];
  if (pgbench === null) {
    console.log('\npgbench not found (apt-get install -y postgresql-contrib): PostgreSQL runs without a reference');
  } else {
    const database = await createScratchDatabase(pgServerUrl, 'tillcard_bench_ref');
    try {
      await createReferenceSchema(database.url);
      for (const clients of CLIENT_COUNTS) reference.push(await runPgbench(pgbench, database.url, clients, durationS));
    } finally {
      await database.drop();
    }
  }
  const database = await createScratchDatabase(pgServerUrl, 'tillcard_bench_backend');
  try {
    const backend = await benchBackend('backend HTTP, PostgreSQL', database.url, CLIENT_COUNTS, durationS);
    const title = `PostgreSQL — redemptions (reference: pgbench over ${REFERENCE_CARD_COUNT} cards; backend: ${BACKEND_CARD_COUNT} cards, ${durationS} s per run)`;
    console.log(formatTable(title, [...referenceRows(reference), ...compareWith(backend, reference)]));
  } finally {
    await database.drop();
  }
}

async function sqliteSection(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tillcard-bench-sqlite-'));
  let reference: RunFigures;
  try {
    reference = runSqliteReference(join(dir, 'reference.sqlite'), durationS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const backend = await benchBackend('backend HTTP, SQLite', undefined, CLIENT_COUNTS, durationS);
  const title = `SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE) — redemptions (reference: in-process loop, one writer)`;
  console.log(formatTable(title, [...referenceRows([reference]), ...compareWith(backend, [reference])]));
}

function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//…@');
}

const startedMs = Date.now();
console.log(
  `Backend benchmark: ${CLIENT_COUNTS.join(', ')} clients, ${durationS} s per run. Figures move with machine load: compare within one run.`,
);
await postgresSection();
await sqliteSection();
console.log(
  '\nPer redemption the backend does more than the reference: HTTP and JSON, terminal-key and session lookups,' +
    '\nentry-lock and shift checks, the idempotency record with the stored response, and the redemption row.',
);
console.log(`\nbench:backend done in ${Math.round((Date.now() - startedMs) / 1000)} s`);
