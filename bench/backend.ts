/**
 * `npm run bench:backend`: redemptions per second and latency of the real backend over HTTP, with
 * its default settings (request logging on, into a file; the default pool), beside the least a
 * correct redemption costs on the same machine, on the same ledger, in the same run:
 * - P1, PostgreSQL: pgbench running the 5-statement reference (and the 7-statement one that also
 *   writes the redemption and idempotency rows) on the backend's own database and cards;
 * - P2, SQLite: the 5-statement reference in process (better-sqlite3, WAL, synchronous=FULL) on the
 *   backend's own file and cards.
 * Runs are interleaved (reference, backend, reference, backend, …) so machine load falls on both
 * alike; each row carries the 1-minute load average at its start. Nothing is asserted.
 * BENCH_SECONDS (default 8) sets each run's length, BENCH_ROUNDS (2) the pairs per client count,
 * TILLCARD_TEST_PG_URL the PostgreSQL server (a scratch database is made and dropped).
 */
import { join } from 'node:path';
import { BENCH_CARD_COUNT, openBenchLedger, type BenchLedger } from './lib/bench-ledger.js';
import { runRedemptionLoad } from './lib/http-load.js';
import { findPgbench, prepareReference, runPgbench } from './lib/pgbench-reference.js';
import { createScratchDatabase, DEFAULT_PG_URL, isPostgresReachable } from './lib/pg-scratch-database.js';
import { pgbenchScript } from './lib/reference-redemption.js';
import { runSqliteReference } from './lib/sqlite-reference.js';
import { currentLoad, median, type RunFigures } from './lib/stats.js';
import { fixed, formatTable, ratio } from './lib/table.js';

const CLIENT_COUNTS = [1, 8, 32] as const;
const durationS = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const pgServerUrl = process.env.TILLCARD_TEST_PG_URL || DEFAULT_PG_URL;

interface Pair {
  clients: number;
  round: number;
  reference: RunFigures;
  /** PostgreSQL only: the 7-statement reference. */
  fullReference?: RunFigures;
  backend: RunFigures;
}

function backendLoad(ledger: BenchLedger, label: string, clients: number): Promise<RunFigures> {
  return runRedemptionLoad({
    label,
    baseUrl: ledger.backend.url,
    terminalKey: ledger.terminalKey,
    sessionToken: ledger.sessionToken,
    currency: 'USD',
    codes: ledger.codes,
    clients,
    durationS,
  });
}

async function postgresSection(): Promise<void> {
  if (!(await isPostgresReachable(pgServerUrl))) {
    console.log(`\nPostgreSQL: skipped, no server at ${pgServerUrl.replace(/\/\/[^@/]*@/, '//…@')}`);
    return;
  }
  const pgbench = findPgbench();
  if (pgbench === null) {
    console.log('\nPostgreSQL: skipped, pgbench not found (apt-get install -y postgresql-contrib)');
    return;
  }
  const database = await createScratchDatabase(pgServerUrl, 'tillcard_bench_backend');
  try {
    const ledger = await openBenchLedger(database.url);
    try {
      await prepareReference(database.url);
      const now = new Date().toISOString();
      const scripts = {
        5: pgbenchScript(5, ledger.cardIds.length, ledger.tags, now),
        7: pgbenchScript(7, ledger.cardIds.length, ledger.tags, now),
      };
      const pairs: Pair[] = [];
      for (const clients of CLIENT_COUNTS) {
        for (let round = 1; round <= rounds; round++) {
          const reference = await runPgbench(pgbench, database.url, {
            label: 'pgbench 5',
            script: scripts[5],
            clients,
            durationS,
          });
          const backend = await backendLoad(ledger, 'backend', clients);
          const fullReference = await runPgbench(pgbench, database.url, {
            label: 'pgbench 7',
            script: scripts[7],
            clients,
            durationS,
          });
          pairs.push({ clients, round, reference, backend, fullReference });
        }
      }
      printPairs('PostgreSQL', pairs);
      printGoal('P1', pairs, 32, 'pgbench 5-statement');
    } finally {
      await ledger.close();
    }
  } finally {
    await database.drop();
  }
}

async function sqliteSection(): Promise<void> {
  const ledger = await openBenchLedger(undefined);
  try {
    const file = join(ledger.dataDir, 'tillcard.sqlite');
    const pairs: Pair[] = [];
    for (const clients of CLIENT_COUNTS) {
      for (let round = 1; round <= rounds; round++) {
        const reference = runSqliteReference(file, ledger.cardIds, ledger.tags, durationS);
        const backend = await backendLoad(ledger, 'backend', clients);
        pairs.push({ clients, round, reference, backend });
      }
    }
    printPairs('SQLite (WAL, synchronous=FULL)', pairs);
    for (const clients of CLIENT_COUNTS) printGoal('P2', pairs, clients, 'the in-process 5-statement loop');
  } finally {
    await ledger.close();
  }
}

function printPairs(name: string, pairs: readonly Pair[]): void {
  const withFull = pairs.some((pair) => pair.fullReference !== undefined);
  const header = [
    'clients',
    'round',
    'load',
    'reference/s',
    'ref mean ms',
    'backend/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'backend ÷ ref',
    'p99 ÷ ref mean',
    ...(withFull ? ['7-stmt/s', 'backend ÷ 7-stmt'] : []),
  ];
  const rows = pairs.map((pair) => [
    String(pair.clients),
    String(pair.round),
    `${fixed(pair.reference.loadAverage, 1)}/${fixed(pair.backend.loadAverage, 1)}`,
    fixed(pair.reference.transactionsPerSecond),
    fixed(pair.reference.meanLatencyMs, 2),
    fixed(pair.backend.transactionsPerSecond),
    fixed(pair.backend.p50LatencyMs, 2),
    fixed(pair.backend.p99LatencyMs, 2),
    String(pair.backend.errorCount + pair.reference.errorCount),
    ratio(pair.backend.transactionsPerSecond / pair.reference.transactionsPerSecond),
    ratio(pair.backend.p99LatencyMs / pair.reference.meanLatencyMs),
    ...(pair.fullReference === undefined
      ? []
      : [
          fixed(pair.fullReference.transactionsPerSecond),
          ratio(pair.backend.transactionsPerSecond / pair.fullReference.transactionsPerSecond),
        ]),
  ]);
  console.log(
    formatTable(
      `${name} — redemptions of 1 minor unit on one ledger of ${BENCH_CARD_COUNT.toLocaleString('en')} cards, ` +
        `interleaved runs of ${durationS} s (load: 1-minute load average at the reference's / backend's start)`,
      header,
      rows,
    ),
  );
}

function printGoal(name: string, pairs: readonly Pair[], clients: number, reference: string): void {
  const mine = pairs.filter((pair) => pair.clients === clients);
  const throughput = median(
    mine.map((pair) => pair.backend.transactionsPerSecond / pair.reference.transactionsPerSecond),
  );
  const tail = median(mine.map((pair) => pair.backend.p99LatencyMs / pair.reference.meanLatencyMs));
  const goal = name === 'P1' ? 'goals ≥ 1.0× and p99 ≤ 2× the reference mean' : 'goal ≥ 0.8×';
  console.log(
    `${name} at ${clients} clients: backend ÷ ${reference} = ${ratio(throughput)} (median of ${mine.length}); ` +
      `backend p99 ÷ reference mean latency = ${ratio(tail)}; ${goal}`,
  );
}

const startedMs = Date.now();
console.log(
  `Backend benchmark: ${CLIENT_COUNTS.join(', ')} clients, ${rounds} rounds of ${durationS} s each; load average ${fixed(currentLoad(), 2)} at start. ` +
    'Figures move with machine load: compare within one row.',
);
await postgresSection();
await sqliteSection();
console.log(
  '\nPer redemption the backend does more than the 5-statement reference: HTTP and JSON, terminal-key and session' +
    '\nchecks, entry-lock and shift checks, the redemption row and the idempotency record with its stored answer,' +
    '\nand a log line.',
);
console.log(
  `\nbench:backend done in ${Math.round((Date.now() - startedMs) / 1000)} s; load average ${fixed(currentLoad(), 2)} at the end`,
);
