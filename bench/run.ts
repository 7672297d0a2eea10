/**
 * `npm run bench`: every benchmark, one after the other, each in its own process so one cannot
 * warm or load the next. Add a file to BENCHMARKS to include it.
 */
import { spawnSync } from 'node:child_process';

const BENCHMARKS = ['bench/backend.ts', 'bench/printing.ts'];

let failed = 0;
for (const file of BENCHMARKS) {
  console.log(`\n══ ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.log(`${file} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
