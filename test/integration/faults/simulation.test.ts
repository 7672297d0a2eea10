/**
 * A short run of the seeded simulation (bench/sim) inside the suite: two seeds per database, one
 * fixed and one new each run (printed, so a failure can be replayed with `npm run sim`).
 */
import { expect, it } from 'vitest';
import { runSimulation } from '../../../bench/sim/simulation.js';
import { describeEachDialect } from '../../fixtures/backend/index.js';

const OPERATIONS = 150;
const FRESH_SEED = Date.now() % 1_000_000;

describeEachDialect('seeded simulation under faults', (dialect) => {
  it.each([1, FRESH_SEED])(
    `seed %i: ${OPERATIONS} operations keep every invariant`,
    async (seed) => {
      const report = await runSimulation({ seed, operations: OPERATIONS, dialect });
      // The run must have exercised the faults it is there for, not just the happy path.
      expect(report.network.droppedResponses + report.network.delayed + report.network.droppedRequests).toBeGreaterThan(
        0,
      );
      expect(report.counts.approved ?? 0).toBeGreaterThan(0);
      // It drained cards and asked for more than they held, and every such request was declined.
      expect(report.counts['overdraw-insufficient_funds'] ?? 0).toBeGreaterThan(0);
    },
    120_000,
  );

  it('crash mode: the backend and terminal host processes killed with SIGKILL mid-redemption and restarted keep every invariant', async () => {
    const report = await runSimulation({ seed: FRESH_SEED, operations: 60, dialect, crash: true });
    expect(report.counts['backend-killed'] ?? 0).toBeGreaterThan(0);
    expect(report.counts['host-killed'] ?? 0).toBeGreaterThan(0);
    expect(report.counts.approved ?? 0).toBeGreaterThan(0);
  }, 180_000);
});
