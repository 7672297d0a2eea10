import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { signInResponseSchema } from '../../shared/backend-api.js';
import { registerCleanup } from './cleanup.js';
import { runAdmin, startBackendProcess, type BackendEnvironment } from './backend-process.js';
import { runRedemptionLoad } from './http-load.js';
import type { RunFigures } from './stats.js';

/** Cards the backend redeems from: enough that 32 clients rarely pick the same card at once. */
export const BACKEND_CARD_COUNT = 10_000;
const CARD_VALUE_MINOR = 100_000_000;

const storeOutput = z.object({ store: z.object({ id: z.string() }) });
const terminalOutput = z.object({ terminal: z.object({ key: z.string() }) });

/**
 * Seeds a store, a terminal, a cashier and BACKEND_CARD_COUNT cards with the admin CLI, starts the
 * real backend, signs in, and drives real redemptions at each client count.
 */
export async function benchBackend(
  label: string,
  databaseUrl: string | undefined,
  clientCounts: readonly number[],
  durationS: number,
): Promise<RunFigures[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillcard-bench-backend-'));
  const unregister = registerCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: BackendEnvironment = { TILLCARD_DATA_DIR: dataDir, TILLCARD_SERVER_KEY: randomBytes(32).toString('hex') };
  if (databaseUrl !== undefined) env.DATABASE_URL = databaseUrl;
  try {
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
      String(BACKEND_CARD_COUNT),
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

    const backend = await startBackendProcess(env);
    try {
      const token = await signIn(backend.url, terminal.terminal.key);
      const figures: RunFigures[] = [];
      for (const clients of clientCounts) {
        figures.push(
          await runRedemptionLoad({
            label,
            baseUrl: backend.url,
            terminalKey: terminal.terminal.key,
            sessionToken: token,
            currency: 'USD',
            codes,
            clients,
            durationS,
          }),
        );
      }
      return figures;
    } finally {
      await backend.stop();
    }
  } finally {
    unregister();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function signIn(url: string, terminalKey: string): Promise<string> {
  const response = await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${terminalKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ cashierId: 'bench', pin: '1234' }),
  });
  if (response.status !== 201) throw new Error(`bench sign-in failed with ${response.status}`);
  return signInResponseSchema.parse(await response.json()).token;
}
