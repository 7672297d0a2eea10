/**
 * `npm run sim -- --seeds N [--ops M] [--first S] [--sqlite-only] [--crash]`: runs the seeded
 * simulation for N seeds (on PostgreSQL as well when TILLCARD_TEST_PG_URL is set and --sqlite-only
 * is not), prints one line per seed and the totals, and on a broken invariant prints the seed that
 * reproduces it and exits 1. --crash runs the backend and the terminal hosts as real processes and restarts them with
 * SIGKILL.
 */
import { parseArgs } from 'node:util';
import { InvariantBroken, runSimulation } from './simulation.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' },
    ops: { type: 'string', default: '2000' },
    first: { type: 'string', default: String(Date.now() % 1_000_000) },
    'sqlite-only': { type: 'boolean', default: false },
    crash: { type: 'boolean', default: false },
  },
});
const seeds = Number(values.seeds);
const operations = Number(values.ops);
const first = Number(values.first);
const dialects =
  process.env.TILLCARD_TEST_PG_URL && !values['sqlite-only']
    ? (['sqlite', 'postgres'] as const)
    : (['sqlite'] as const);

let total = 0;
const started = Date.now();
try {
  for (let seed = first; seed < first + seeds; seed++) {
    for (const dialect of dialects) {
      const report = await runSimulation({ seed, operations, dialect, crash: values.crash });
      total += report.operations;
      const approved = report.counts.approved ?? 0;
      const settled = (report.counts['outcome-applied'] ?? 0) + (report.counts['outcome-reversed'] ?? 0);
      console.log(
        `seed ${seed} ${dialect}: ${report.operations} operations ok — ${approved} approved at once, ${settled} settled after a lost answer, ` +
          `${report.counts['overdraw-insufficient_funds'] ?? 0} overdraws declined, ${report.counts['card-replaced'] ?? 0} cards drained, ` +
          (values.crash
            ? `${report.counts['backend-killed'] ?? 0} backend and ${report.counts['host-killed'] ?? 0} host kill -9, `
            : '') +
          `network ${JSON.stringify(report.network)}`,
      );
    }
  }
  console.log(
    `simulation passed: ${total} operations over ${seeds} seed(s) × ${dialects.join('+')} in ${Date.now() - started} ms`,
  );
} catch (error) {
  if (error instanceof InvariantBroken) {
    console.error(
      `INVARIANT BROKEN — reproduce with: npm run sim -- --seeds 1 --first ${error.seed} --ops ${operations}${values.crash ? ' --crash' : ''}`,
    );
    console.error(error.message);
  } else {
    console.error(`simulation failed (first seed ${first}):`, error);
  }
  process.exitCode = 1;
}
