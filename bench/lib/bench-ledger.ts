import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { signInResponseSchema } from '../../shared/backend-api.js';
import { openDatabase } from '../../backend/db/database.js';
import { runAdmin, startBackendProcess, type BackendEnvironment, type BackendProcess } from './backend-process.js';
import { registerCleanup } from './cleanup.js';

/** Cards redeemed from, by the backend and by the references alike. */
export const BENCH_CARD_COUNT = 100_000;
/** Large enough that a bounded run never empties a card: every redemption takes the same path. */
const CARD_VALUE_MINOR = 1_000_000_000;

const storeOutput = z.object({ store: z.object({ id: z.string() }) });
const terminalOutput = z.object({ terminal: z.object({ id: z.string(), key: z.string() }) });

/** One store's ledger that the backend and the references share: the same database, the same cards. */
export interface BenchLedger {
  env: BackendEnvironment;
  dataDir: string;
  backend: BackendProcess;
  terminalKey: string;
  sessionToken: string;
  /** What the references tag their ledger rows with, as the backend does. */
  tags: { storeId: string; terminalId: string; cashierId: string; shiftId: string };
  codes: string[];
  cardIds: string[];
  close(): Promise<void>;
}

/**
 * Seeds a store, a terminal, a cashier and BENCH_CARD_COUNT cards with the admin CLI (the
 * product's own issuing path), starts the real backend with its defaults and signs the cashier in.
 */
export async function openBenchLedger(databaseUrl: string | undefined): Promise<BenchLedger> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillcard-bench-backend-'));
  const unregister = registerCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: BackendEnvironment = { TILLCARD_DATA_DIR: dataDir, TILLCARD_SERVER_KEY: randomBytes(32).toString('hex') };
  if (databaseUrl !== undefined) env.DATABASE_URL = databaseUrl;
  const store = storeOutput.parse(
    await runAdmin(env, ['store', 'add', '--name', 'Bench', '--region', 'US', '--currency', 'USD']),
  );
  const terminal = terminalOutput.parse(
    await runAdmin(env, ['terminal', 'add', '--store', store.store.id, '--name', 'Bench till']),
  );
  await runAdmin(env, [
    'cashier',
    'add',
    '--store',
    store.store.id,
    '--id',
    'bench',
    '--name',
    'Bench',
    '--pin',
    '1234',
  ]);
  const csv = join(dataDir, 'cards.csv');
  await runAdmin(env, [
    'cards',
    'issue',
    '--count',
    String(BENCH_CARD_COUNT),
    '--amount',
    String(CARD_VALUE_MINOR),
    '--csv',
    csv,
  ]);
  const codes = readFileSync(csv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '');
  const cardIds = await activeCardIds(databaseUrl, dataDir);

  const backend = await startBackendProcess(env, join(dataDir, 'backend.log'));
  const session = await signIn(backend.url, terminal.terminal.key);
  return {
    env,
    dataDir,
    backend,
    terminalKey: terminal.terminal.key,
    sessionToken: session.token,
    tags: { storeId: store.store.id, terminalId: terminal.terminal.id, cashierId: 'bench', shiftId: session.shift.id },
    codes,
    cardIds,
    close: async () => {
      await backend.stop();
      unregister();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function activeCardIds(databaseUrl: string | undefined, dataDir: string): Promise<string[]> {
  const database = await openDatabase({ databaseUrl, dataDir, migrate: false, poolSize: 1 });
  try {
    const rows = await database.db
      .selectFrom('cards')
      .select('id')
      .where('status', '=', 'active')
      .orderBy('id')
      .execute();
    return rows.map((row) => row.id);
  } finally {
    await database.close();
  }
}

async function signIn(url: string, terminalKey: string) {
  const response = await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${terminalKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ cashierId: 'bench', pin: '1234' }),
  });
  if (response.status !== 201) throw new Error(`bench sign-in failed with ${response.status}`);
  return signInResponseSchema.parse(await response.json());
}
