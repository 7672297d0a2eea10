/**
 * One simulated terminal: a real terminal host (handlers, outbox, recovery) on its own folder,
 * wired to the simulated network, with the recovery's back-off timers fired by the simulation.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTerminalHost, type TerminalHost } from '../../electron/host/handlers.js';
import { silentLogger } from '../../electron/host/logger.js';
import { outboxPath, replayOutbox } from '../../electron/host/tenders/outbox.js';
import type { RecoveryTimers } from '../../electron/host/tenders/recovery.js';
import type { Outcome } from '../../shared/terminal-api.js';
import type { SeededStore } from '../../test/fixtures/backend/seed.js';
import type { SimHostMethod } from './host-process-wire.js';
import type { SimNetwork } from './network.js';

/** The terminal-API methods the simulator drives, in this process or in a host process. */
export type SimHost = Pick<TerminalHost, SimHostMethod>;

export interface SimTerminal {
  readonly host: SimHost;
  readonly terminalId: string;
  /** Fires every back-off timer that is due (all of them: time is the simulation's to give). */
  tick(): Promise<void>;
  /**
   * Stops the host and starts a new one on the same folder, as after a crash: closed in process,
   * or killed with SIGKILL when the host runs as its own process.
   */
  restart(): Promise<void>;
  signIn(): Promise<boolean>;
  /** Keys of tenders the outbox shows as reversed (the cashier was told "not charged"). */
  reversedKeys(): Promise<string[]>;
  /** Every key each tender was ever sent under, from every line of the outbox. */
  keysByTender(): Promise<Map<string, Set<string>>>;
  close(): Promise<void>;
}

export async function startSimTerminal(
  network: SimNetwork,
  seeded: SeededStore,
  now: () => Date,
  onOutcome: (outcome: Outcome) => void,
): Promise<SimTerminal> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-sim-'));
  let due: (() => void)[] = [];
  const timers: RecoveryTimers = {
    setTimeout: (run) => {
      due.push(run);
      return run;
    },
    clearTimeout: (handle) => {
      due = due.filter((run) => run !== handle);
    },
  };
  const open = async () => {
    const host = await createTerminalHost({
      terminalDir: dir,
      env: { TILLCARD_BACKEND_URL: 'http://backend.sim', TILLCARD_TERMINAL_KEY: seeded.terminal.key },
      clock: { now },
      fetch: network.fetch,
      logger: silentLogger(),
      probeIntervalMs: 1_000_000_000,
      recoveryTimers: timers,
    });
    host.on('outcome', onOutcome);
    return host;
  };
  let host = await open();
  return {
    get host() {
      return host;
    },
    terminalId: seeded.terminal.id,
    async tick() {
      const running = due;
      due = [];
      for (const run of running) run();
      // Let a pass started by a timer get on with its calls before the next step.
      for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    },
    async restart() {
      await host.close();
      due = [];
      host = await open();
    },
    ...outboxReaders(dir),
    signIn: () => signInCashier(host, seeded),
    async close() {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function signInCashier(host: SimHost, seeded: SeededStore): Promise<boolean> {
  return (await host.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin })).ok;
}

/** What the simulator reads from a terminal's outbox file, wherever its host runs. */
export function outboxReaders(dir: string): Pick<SimTerminal, 'reversedKeys' | 'keysByTender'> {
  return {
    async reversedKeys() {
      const latest = await replayOutbox(outboxPath(dir));
      return [...latest.values()].filter((entry) => entry.state === 'reversed').map((entry) => entry.idempotencyKey);
    },
    async keysByTender() {
      const text = await readFile(outboxPath(dir), 'utf8').catch(() => '');
      const keys = new Map<string, Set<string>>();
      for (const line of text.split('\n')) {
        // A host killed half-way through a line leaves it torn; the host itself skips it too.
        if (line.trim() === '') continue;
        let entry: { tenderId: string; idempotencyKey: string };
        try {
          entry = JSON.parse(line) as typeof entry;
        } catch {
          continue;
        }
        const set = keys.get(entry.tenderId) ?? new Set<string>();
        set.add(entry.idempotencyKey);
        keys.set(entry.tenderId, set);
      }
      return keys;
    },
  };
}
