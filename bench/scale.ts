/**
 * `npm run bench:scale`: how the backend's answers grow with a chain's history, on PostgreSQL.
 * Two ledgers are set up alike with the product's admin CLI (a store, a terminal, a cashier, a
 * manager, 1,000 cards), each served by its own real backend with its defaults. The second is then
 * grown to 1,000,000 cards, 1,000,000 activities and 2,000 older shifts, its open shift holding
 * 5,000 redemptions (bench/lib/scale-growth.ts). The calls a terminal and a manager make are timed
 * one at a time on both, interleaved in rounds (small, grown, small, grown, …) so machine load
 * falls on both alike.
 * SCALE_SAMPLES (default 200) sets the calls per figure; TILLCARD_TEST_PG_URL the server (scratch
 * databases are made and dropped; SCALE_KEEP=1 keeps the grown one and prints its URL).
 */
import { performance } from 'node:perf_hooks';
import { openScaleLedger, type ScaleLedger } from './lib/scale-ledger.js';
import {
  createScratchDatabase,
  DEFAULT_PG_URL,
  isPostgresReachable,
  type ScratchDatabase,
} from './lib/pg-scratch-database.js';
import {
  CURRENT_SHIFT_REDEMPTIONS,
  growLedger,
  OLDER_SHIFTS,
  TARGET_ACTIVITIES,
  TARGET_CARDS,
} from './lib/scale-growth.js';
import { currentLoad, quantile } from './lib/stats.js';
import { fixed, formatTable, ratio } from './lib/table.js';

const SAMPLES = Number(process.env.SCALE_SAMPLES ?? 200);
const ROUNDS = 4;
const WARMUP = 10;
const pgServerUrl = process.env.TILLCARD_TEST_PG_URL || DEFAULT_PG_URL;
const keep = process.env.SCALE_KEEP === '1';

/** p95 goals from the issue: reports flat at chain scale. */
const GOALS_P95_MS: Record<string, number> = { 'activities report, one day': 50 };

interface Timed {
  samples: number[];
  loads: number[];
}

async function timeCalls(call: () => Promise<Response>, count: number, into: Timed): Promise<void> {
  into.loads.push(currentLoad());
  for (let i = 0; i < count; i++) {
    const startMs = performance.now();
    const response = await call();
    const text = await response.text();
    into.samples.push(performance.now() - startMs);
    if (!response.ok) throw new Error(`bench call answered ${response.status}: ${text.slice(0, 200)}`);
  }
}

async function main(): Promise<void> {
  if (!(await isPostgresReachable(pgServerUrl))) {
    console.log(`bench:scale needs PostgreSQL: no server at ${pgServerUrl.replace(/\/\/[^@/]*@/, '//…@')}`);
    return;
  }
  const startedMs = Date.now();
  console.log(
    `bench:scale: ${SAMPLES} calls per figure, one at a time; load average ${fixed(currentLoad(), 2)} at start.`,
  );
  const databases: ScratchDatabase[] = [];
  const ledgers: ScaleLedger[] = [];
  try {
    for (const name of ['small', 'grown']) {
      const database = await createScratchDatabase(pgServerUrl, `tillcard_bench_scale_${name}`);
      databases.push(database);
      ledgers.push(await openScaleLedger(database.url));
    }
    const [small, grown] = ledgers as [ScaleLedger, ScaleLedger];
    const grownDatabase = databases[1] as ScratchDatabase;

    console.log(
      `\nGrowing the second ledger to ${TARGET_CARDS.toLocaleString('en')} cards, ${TARGET_ACTIVITIES.toLocaleString('en')} activities and ${OLDER_SHIFTS.toLocaleString('en')} older shifts:`,
    );
    const counts = await growLedger(grownDatabase.url, grown.growthTarget, (line) => console.log(line));
    console.log(
      `  now ${counts.cards.toLocaleString('en')} cards, ${counts.activities.toLocaleString('en')} activities, ${counts.shifts.toLocaleString('en')} shifts; grown in ${counts.seconds.toFixed(0)} s`,
    );

    const names = Object.keys(small.calls);
    const figures = new Map<string, { small: Timed; grown: Timed }>();
    for (const name of names) {
      const pair = { small: { samples: [], loads: [] } as Timed, grown: { samples: [], loads: [] } as Timed };
      await timeCalls(small.calls[name] as () => Promise<Response>, WARMUP, { samples: [], loads: [] });
      await timeCalls(grown.calls[name] as () => Promise<Response>, WARMUP, { samples: [], loads: [] });
      for (let round = 0; round < ROUNDS; round++) {
        await timeCalls(small.calls[name] as () => Promise<Response>, SAMPLES / ROUNDS, pair.small);
        await timeCalls(grown.calls[name] as () => Promise<Response>, SAMPLES / ROUNDS, pair.grown);
      }
      figures.set(name, pair);
    }

    const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const rows = names.map((name) => {
      const { small: b, grown: a } = figures.get(name) as { small: Timed; grown: Timed };
      const goal = GOALS_P95_MS[name];
      const afterP95 = quantile(a.samples, 0.95);
      return [
        name,
        fixed(quantile(b.samples, 0.5), 1),
        fixed(quantile(b.samples, 0.95), 1),
        fixed(quantile(a.samples, 0.5), 1),
        fixed(afterP95, 1),
        ratio(afterP95 / quantile(b.samples, 0.95)),
        fixed(mean([...b.loads, ...a.loads]), 1),
        goal === undefined ? '' : `p95 ≤ ${goal} ms: ${afterP95 <= goal ? 'met' : 'not met'}`,
      ];
    });
    console.log(
      formatTable(
        `Before growth: 1,000 cards, a short open shift. After: ${counts.cards.toLocaleString('en')} cards, ` +
          `${counts.activities.toLocaleString('en')} activities, ${counts.shifts.toLocaleString('en')} shifts, an open shift of ` +
          `${CURRENT_SHIFT_REDEMPTIONS.toLocaleString('en')}+ redemptions. Reports: one day, first page. Load: mean 1-minute load average over the rounds.`,
        ['call', 'before p50 ms', 'p95 ms', 'after p50 ms', 'p95 ms', 'p95 after ÷ before', 'load', 'goal'],
        rows,
      ),
    );
    if (keep) console.log(`\nSCALE_KEEP=1: the grown database stays at ${grownDatabase.url}`);
  } finally {
    for (const ledger of ledgers) await ledger.close();
    for (const [index, database] of databases.entries()) {
      if (!(keep && index === 1)) await database.drop();
    }
  }
  console.log(
    `\nbench:scale done in ${Math.round((Date.now() - startedMs) / 1000)} s; load average ${fixed(currentLoad(), 2)} at the end`,
  );
}

await main();
