/**
 * `npm run bench:start`: a second `npm start`, spawn → URL printed and spawn → sign-in usable
 * (bench/lib/start-time.ts), with the machine's load beside it. Goal: sign-in usable ≤ 3 s.
 */
import { timeSecondStart } from './lib/start-time.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const times = await timeSecondStart(runs);
console.log(`second npm start, ${runs} runs, load average ${times.loadAverage.toFixed(1)}`);
console.log(`  spawn → URL printed:    median ${times.urlMedianMs.toFixed(0)} ms`);
console.log(
  `  spawn → sign-in usable: median ${times.usableMedianMs.toFixed(0)} ms, max ${times.usableMaxMs.toFixed(0)} ms (goal ≤ 3000 ms)`,
);
