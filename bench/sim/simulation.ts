/**
 * A seeded simulation of the redemption chain, in the spirit of TigerBeetle's VOPR: two terminal
 * hosts and the backend (SQLite or PostgreSQL) on a lossy, reordering, duplicating network, with
 * backend restarts, backend outages and terminal crashes, driven by one seed. After every step
 * the invariants are checked; a broken one stops the run with the seed that reproduces it.
 * The workload drains cards: half the pool holds a few dollars, requests go up to $60, and
 * 'overdraw' asks a card for more than it holds, which must be declined, never paid or failed.
 * Crash mode runs the backend and each terminal host as real processes and restarts them with
 * SIGKILL (kill -9): whatever they were doing is cut off, and the restarted process must answer
 * every retry and status check (the backend) or resolve every tender (the host) from what it
 * had written.
 */
import { randomUUID } from 'node:crypto';
import type { Dialect } from '../../backend/db/database.js';
import type { IssuedCard } from '../../backend/cards/card.service.js';
import type { Redemption } from '../../shared/backend-api.js';
import type { Outcome } from '../../shared/terminal-api.js';
import type { SeededStore } from '../../test/fixtures/backend/seed.js';
import { startTestBackend, type TestBackend } from '../../test/fixtures/backend/test-backend.js';
import { checkInvariants, checkReversedKeys, checkTendersChargedOnce, type ApprovedReceipt } from './invariants.js';
import { verifyLedger } from '../../backend/ledger/verify-ledger.js';
import { spawnBackend, type SpawnedBackend } from '../../test/fixtures/backend/spawn-backend.js';
import {
  createSimNetwork,
  DEFAULT_FAULT_RATES,
  httpTransport,
  injectTransport,
  type NetworkCounts,
  type Transport,
} from './network.js';
import { seededRandom, type Random } from './prng.js';
import { HostKilled, startProcessTerminal } from './process-terminal.js';
import { startSimTerminal, type SimTerminal } from './sim-terminal.js';

export interface SimulationOptions {
  seed: number;
  operations: number;
  dialect: Dialect;
  /** The backend as a real process, restarted with SIGKILL (otherwise in process, closed and reopened). */
  crash?: boolean;
}

export interface SimulationReport {
  seed: number;
  dialect: Dialect;
  operations: number;
  counts: Record<string, number>;
  network: NetworkCounts;
}

export class InvariantBroken extends Error {
  constructor(
    readonly seed: number,
    readonly step: number,
    readonly broken: string[],
  ) {
    super(`seed ${seed}, step ${step}: ${broken.join('; ')}`);
  }
}

const OPERATIONS = [
  ['redeem', 40],
  ['retry', 8],
  ['concurrent', 7],
  ['deliver-late', 12],
  ['tick', 15],
  ['lookup', 5],
  ['overdraw', 6],
  ['late-after-reversal', 4],
  ['backend-restart', 2],
  ['backend-outage', 3],
  ['terminal-crash', 3],
  ['settle-all', 5],
] as const;
type Operation = (typeof OPERATIONS)[number][0];

export async function runSimulation(options: SimulationOptions): Promise<SimulationReport> {
  const random = seededRandom(options.seed);
  let clockMs = Date.UTC(2026, 10, 22, 9, 0, 0);
  const now = () => new Date(clockMs);
  let backend: TestBackend = await startTestBackend({ dialect: options.dialect, clock: { now } });
  let backendUp = true;
  // Crash mode: the terminals talk to a backend process on the same data; `backend` stays for
  // seeding and for reading the invariants.
  let process_: SpawnedBackend | null = options.crash ? await spawnOn(backend) : null;
  const transport = (): Transport => (process_ ? httpTransport(process_.url) : injectTransport(backend.app));
  const network = createSimNetwork(random, () => (backendUp ? transport() : null));
  const terminals: SimTerminal[] = [];
  const approved = new Map<string, ApprovedReceipt>();
  const counts: Record<string, number> = {};
  const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
  const onApproved = (redemption: Redemption) =>
    approved.set(redemption.id, { redemptionId: redemption.id, amountMinor: redemption.amountMinor });
  const onOutcome = (outcome: Outcome) => {
    count(`outcome-${outcome.state}`);
    if (outcome.state === 'applied' && outcome.redemption) onApproved(outcome.redemption);
  };
  const calm = { dropRequest: 0, dropResponse: 0, delay: 0, duplicate: 0 };
  network.setRates(calm);
  try {
    const cards: IssuedCard[] = [];
    const stores: SeededStore[] = [];
    for (let index = 0; index < 2; index++) {
      const seeded = await backend.seed.store({ name: `Store ${index + 1}` });
      stores.push(seeded);
      if (index === 0) {
        cards.push(...(await backend.seed.cards(seeded.store, 4, 200_000)));
        for (let small = 0; small < 4; small++) cards.push(await backend.seed.card(seeded.store, smallBalance(random)));
      }
      const terminal = await (options.crash ? startProcessTerminal : startSimTerminal)(network, seeded, now, onOutcome);
      terminals.push(terminal);
      if (!(await terminal.signIn())) throw new Error('sign-in failed before any fault');
    }
    network.setRates(DEFAULT_FAULT_RATES);
    let initialTotalMinor = cards.reduce((total, card) => total + card.balanceMinor, 0);
    /** An emptied card leaves the pool and a new one comes in, so the run keeps charging cards. */
    async function replaceEmptied(code: string): Promise<void> {
      const index = cards.findIndex((card) => card.code === code);
      const store = stores[0];
      if (index < 0 || !store || !backendUp) return;
      const fresh = await backend.seed.card(store.store, smallBalance(random));
      cards[index] = fresh;
      initialTotalMinor += fresh.balanceMinor;
      count('card-replaced');
    }
    const lastTender = new Map<SimTerminal, { tenderId: string; code: string; amountMinor?: number }>();

    async function redeem(terminal: SimTerminal, again = false): Promise<void> {
      const previous = lastTender.get(terminal);
      const card = random.pick(cards);
      const tender =
        again && previous
          ? previous
          : {
              tenderId: randomUUID(),
              code: card.code,
              ...(random.chance(0.04) ? {} : { amountMinor: random.int(1, 6_000) }),
            };
      lastTender.set(terminal, tender);
      const result = await terminal.host.redeem({ ...tender, currency: 'USD' }).catch((error: unknown) => {
        if (error instanceof HostKilled) return null;
        throw error;
      });
      if (result === null) count('host-killed-mid-redeem');
      else if (result.ok) {
        onApproved(result.value.redemption);
        count('approved');
      } else {
        count(`declined-${result.error.code}`);
        if (result.error.code === 'unauthorized' || result.error.code === 'session_expired') await terminal.signIn();
        if (result.error.code === 'card_empty') await replaceEmptied(tender.code);
      }
    }

    /** Asks a card for more than it holds now: declined as insufficient funds (or lost on the way), never paid. */
    async function overdraw(terminal: SimTerminal): Promise<string[]> {
      const card = random.pick(cards);
      const row = await backend.database.db
        .selectFrom('cards')
        .select('balance_minor')
        .where('id', '=', card.id)
        .executeTakeFirstOrThrow();
      const amountMinor = Number(row.balance_minor) + random.int(1, 500);
      const result = await terminal.host.redeem({
        tenderId: randomUUID(),
        code: card.code,
        amountMinor,
        currency: 'USD',
      });
      if (result.ok) {
        onApproved(result.value.redemption);
        return [`approved ${amountMinor} from a card holding ${Number(row.balance_minor)}`];
      }
      count(`overdraw-${result.error.code}`);
      if (result.error.code === 'card_empty') await replaceEmptied(card.code);
      return [];
    }

    /**
     * A redemption held on the way until the terminal gave up, found it not applied and reversed
     * its key; then it arrives. The reversal's tombstone must make it take nothing.
     */
    async function lateAfterReversal(terminal: SimTerminal): Promise<string[]> {
      network.setRates(calm);
      backendUp = true;
      network.holdNext();
      await redeem(terminal);
      await settleTerminals();
      await network.deliverLate(true);
      network.setRates(DEFAULT_FAULT_RATES);
      return checkReversedKeys(backend.database, terminal.terminalId, await terminal.reversedKeys());
    }

    /** Ticks the terminals until nothing waits in their outboxes. */
    async function settleTerminals(): Promise<void> {
      // A pass started by a timer runs on real database time (PostgreSQL takes milliseconds), so
      // give each round a little real time rather than a fixed number of event-loop turns.
      for (let round = 0; round < 300; round++) {
        for (const terminal of terminals) await terminal.tick();
        const statuses = await Promise.all(terminals.map((terminal) => terminal.host.getStatus({})));
        if (statuses.every((status) => status.ok && status.value.pendingCount === 0)) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    async function settleAll(): Promise<void> {
      network.setRates(calm);
      backendUp = true;
      await network.deliverLate(true);
      await settleTerminals();
      network.setRates(DEFAULT_FAULT_RATES);
    }

    async function step(operation: Operation): Promise<string[]> {
      const terminal = random.pick(terminals);
      if (operation === 'overdraw') return overdraw(terminal);
      if (operation === 'late-after-reversal') return lateAfterReversal(terminal);
      await act(operation, terminal);
      return [];
    }

    async function act(
      operation: Exclude<Operation, 'overdraw' | 'late-after-reversal'>,
      terminal: SimTerminal,
    ): Promise<void> {
      switch (operation) {
        case 'redeem':
          return redeem(terminal);
        case 'retry':
          return redeem(terminal, true);
        case 'concurrent':
          await Promise.all(terminals.map((each) => redeem(each)));
          return;
        case 'deliver-late':
          return network.deliverLate();
        case 'tick':
          return terminal.tick();
        case 'lookup':
          await terminal.host.lookupCard({ code: random.pick(cards).code });
          return;
        case 'backend-restart':
          if (process_) {
            // kill -9 while a redemption is on its way: no shutdown code runs, and whatever was
            // in flight (the request, its transaction, its answer) is cut off wherever it was.
            const inFlight = redeem(terminal);
            await new Promise((resolve) => setTimeout(resolve, random.int(0, 40)));
            process_.child.kill('SIGKILL');
            await process_.exited;
            process_ = await spawnOn(backend);
            await inFlight;
            count('backend-killed');
          } else backend = await backend.restart();
          return;
        case 'backend-outage':
          backendUp = !backendUp;
          return;
        case 'terminal-crash':
          if (options.crash) {
            // kill -9 of the host while a redemption is on its way: the outbox line may be written
            // or not, the request sent or not, its answer read or not.
            const inFlight = redeem(terminal);
            await new Promise((resolve) => setTimeout(resolve, random.int(0, 30)));
            await terminal.restart();
            await inFlight;
            count('host-killed');
          } else await terminal.restart();
          if (backendUp) await terminal.signIn();
          return;
        case 'settle-all':
          return settleAll();
      }
    }

    const totalWeight = OPERATIONS.reduce((total, [, weight]) => total + weight, 0);
    const pickOperation = (): Operation => {
      let roll = random.int(1, totalWeight);
      for (const [name, weight] of OPERATIONS) if ((roll -= weight) <= 0) return name;
      return 'redeem';
    };

    for (let index = 0; index < options.operations; index++) {
      // Crash mode kills the backend and a host at least once each, however short the run.
      const operation: Operation = !options.crash
        ? pickOperation()
        : index === Math.floor(options.operations / 2)
          ? 'backend-restart'
          : index === Math.floor(options.operations / 3)
            ? 'terminal-crash'
            : pickOperation();
      count(operation);
      clockMs += random.int(100, 2_000);
      const broken = await step(operation);
      if (!backendUp && random.chance(0.2)) backendUp = true;
      broken.push(...(await checkInvariants(backend.database, initialTotalMinor, approved)));
      if (network.counts.serverErrors > 0)
        broken.push(`the backend answered ${network.counts.serverErrors} request(s) with 5xx`);
      // Every 50 steps also per tender (it reads the outbox files, so not on every step).
      if (index % 50 === 0) {
        for (const terminal of terminals) {
          broken.push(
            ...(await checkTendersChargedOnce(backend.database, terminal.terminalId, await terminal.keysByTender())),
          );
        }
      }
      if (broken.length > 0) throw new InvariantBroken(options.seed, index, broken);
    }

    await settleAll();
    const broken = await checkInvariants(backend.database, initialTotalMinor, approved);
    if (network.counts.serverErrors > 0)
      broken.push(`the backend answered ${network.counts.serverErrors} request(s) with 5xx`);
    const ledger = await verifyLedger(backend.database.db, backend.ctx.config.chainKey);
    broken.push(...ledger.breaks.map((b) => `ledger chain of card ${b.cardId}: ${b.problem}`));
    for (const terminal of terminals) {
      broken.push(...(await checkReversedKeys(backend.database, terminal.terminalId, await terminal.reversedKeys())));
      broken.push(
        ...(await checkTendersChargedOnce(backend.database, terminal.terminalId, await terminal.keysByTender())),
      );
      const status = await terminal.host.getStatus({});
      if (status.ok && status.value.pendingCount > 0)
        broken.push(`${status.value.pendingCount} left pending after settling`);
    }
    if (broken.length > 0) throw new InvariantBroken(options.seed, options.operations, broken);
    return {
      seed: options.seed,
      dialect: options.dialect,
      operations: options.operations,
      counts,
      network: network.counts,
    };
  } finally {
    for (const terminal of terminals) await terminal.close();
    await process_?.stop();
    await backend.close();
  }
}

/** A few dollars, so cards run empty and requests (up to $60) often ask for more than is left. */
function smallBalance(random: Random): number {
  return random.int(500, 6_500);
}

/** A backend process on the in-process backend's data (same SQLite file or PostgreSQL database, same key). */
function spawnOn(backend: TestBackend): Promise<SpawnedBackend> {
  return spawnBackend({
    TILLCARD_DATA_DIR: backend.dataDir,
    TILLCARD_SERVER_KEY: backend.serverKey.toString('hex'),
    ...(backend.databaseUrl === undefined ? {} : { DATABASE_URL: backend.databaseUrl }),
  });
}
