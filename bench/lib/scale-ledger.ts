import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { signInResponseSchema } from '../../shared/backend-api.js';
import { runAdmin, startBackendProcess, type BackendEnvironment } from './backend-process.js';
import { registerCleanup } from './cleanup.js';
import type { GrowthTarget } from './scale-growth.js';

const START_CARDS = 1_000;

/** A store on its own PostgreSQL database, served by its own backend, and the calls bench:scale times. */
export interface ScaleLedger {
  growthTarget: GrowthTarget;
  calls: Record<string, () => Promise<Response>>;
  close(): Promise<void>;
}

/** Sets the store up with the admin CLI, starts the backend with its defaults, signs a cashier and a manager in. */
export async function openScaleLedger(databaseUrl: string): Promise<ScaleLedger> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillcard-bench-scale-'));
  const unregister = registerCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: BackendEnvironment = {
    TILLCARD_DATA_DIR: dataDir,
    TILLCARD_SERVER_KEY: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl,
  };
  const store = z
    .object({ store: z.object({ id: z.string() }) })
    .parse(await runAdmin(env, ['store', 'add', '--name', 'Scale', '--region', 'US', '--currency', 'USD'])).store;
  const terminal = z
    .object({ terminal: z.object({ id: z.string(), key: z.string() }) })
    .parse(await runAdmin(env, ['terminal', 'add', '--store', store.id, '--name', 'Till 1'])).terminal;
  await runAdmin(env, ['cashier', 'add', '--store', store.id, '--id', '1001', '--name', 'Casey', '--pin', '1234']);
  await runAdmin(env, ['manager', 'add', '--store', store.id, '--id', '9001', '--name', 'Morgan', '--pin', '987654']);
  const csv = join(dataDir, 'cards.csv');
  await runAdmin(env, ['cards', 'issue', '--count', String(START_CARDS), '--amount', '100000000', '--csv', csv]);
  const codes = readFileSync(csv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '');

  const backend = await startBackendProcess(env, join(dataDir, 'backend.log'));
  const signIn = async (cashierId: string, pin: string) => {
    const response = await fetch(`${backend.url}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${terminal.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cashierId, pin }),
    });
    if (response.status !== 201) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return signInResponseSchema.parse(await response.json());
  };
  const cashier = await signIn('1001', '1234');
  const manager = await signIn('9001', '987654');
  const headers = (token: string) => ({
    authorization: `Bearer ${terminal.key}`,
    'x-session-token': token,
    'content-type': 'application/json',
  });
  const code = () => codes[Math.floor(Math.random() * codes.length)];
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  const range = `from=${encodeURIComponent(day.toISOString())}&to=${encodeURIComponent(new Date(day.getTime() + 86_400_000).toISOString())}`;
  const post = (path: string, body: unknown) =>
    fetch(`${backend.url}${path}`, { method: 'POST', headers: headers(cashier.token), body: JSON.stringify(body) });
  return {
    growthTarget: {
      storeId: store.id,
      currentShiftId: cashier.shift.id,
      currentTerminalId: terminal.id,
      currentCashierId: '1001',
    },
    calls: {
      'card lookup': () => post('/v1/cards/lookup', { code: code() }),
      redemption: () =>
        post('/v1/redemptions', { code: code(), amountMinor: 1, currency: 'USD', idempotencyKey: randomUUID() }),
      'X report (open shift)': () => fetch(`${backend.url}/v1/shifts/current`, { headers: headers(cashier.token) }),
      'shift report, one day': () =>
        fetch(`${backend.url}/v1/reports/shifts?${range}`, { headers: headers(manager.token) }),
      'activities report, one day': () =>
        fetch(`${backend.url}/v1/reports/activities?${range}`, { headers: headers(manager.token) }),
    },
    close: async () => {
      await backend.stop();
      unregister();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
