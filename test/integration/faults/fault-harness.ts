/**
 * One terminal host talking to a real backend through the fault proxy: each test gets its own
 * terminal folder, proxy port and card; the backend (SQLite or PostgreSQL) is shared by a file.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IssuedCard } from '../../../backend/cards/card.service.js';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { silentLogger } from '../../../electron/host/logger.js';
import { outboxPath, type OutboxEntry } from '../../../electron/host/tenders/outbox.js';
import type { Outcome } from '../../../shared/terminal-api.js';
import { cardBalance, type SeededStore, type TestBackend } from '../../fixtures/backend/index.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';

/** Short enough for fast tests, long enough for a loaded CI machine to answer a healthy call. */
export const REDEEM_TIMEOUT_MS = 1_500;

export interface FaultRig {
  host: TerminalHost;
  proxy: FaultProxy;
  card: IssuedCard;
  cashier: SeededStore['cashier'];
  terminalDir: string;
  outcomes: Outcome[];
  balance(): Promise<number>;
  outboxLines(): Promise<OutboxEntry[]>;
  /** A new host on the same terminal folder, as after a crash. */
  restartHost(): Promise<TerminalHost>;
  close(): Promise<void>;
}

export async function startFaultRig(
  backend: TestBackend,
  seeded: SeededStore,
  balanceMinor = 5_000,
): Promise<FaultRig> {
  const card = await backend.seed.card(seeded.store, balanceMinor);
  const proxy = await startFaultProxy(backend.url);
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-faults-'));
  const outcomes: Outcome[] = [];
  const hosts: TerminalHost[] = [];
  const makeHost = async () => {
    const host = await createTerminalHost({
      terminalDir,
      env: { TILLCARD_BACKEND_URL: proxy.url, TILLCARD_TERMINAL_KEY: seeded.terminal.key },
      logger: silentLogger(),
      probeIntervalMs: 60_000,
      redeemTimeoutMs: REDEEM_TIMEOUT_MS,
      timeoutMs: REDEEM_TIMEOUT_MS,
      recoveryFirstDelayMs: 50,
    });
    host.on('outcome', (outcome) => outcomes.push(outcome));
    hosts.push(host);
    return host;
  };
  const host = await makeHost();
  const signedIn = await host.signIn({ cashierId: seeded.cashier.id, pin: seeded.cashier.pin });
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.error.code}`);
  return {
    host,
    proxy,
    card,
    cashier: seeded.cashier,
    terminalDir,
    outcomes,
    balance: () => cardBalance(backend.database, card.id),
    outboxLines: async () =>
      (await readFile(outboxPath(terminalDir), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as OutboxEntry),
    async restartHost() {
      await hosts.at(-1)?.close();
      return makeHost();
    },
    async close() {
      for (const each of hosts) await each.close();
      await proxy.close();
      await rm(terminalDir, { recursive: true, force: true });
    },
  };
}
