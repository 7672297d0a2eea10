import { resolve } from 'node:path';
import { systemClock } from '../clock.js';
import { makeConfig } from '../config.js';
import type { BackendContext } from '../context.js';
import { openLedger } from '../open-ledger.js';

/** The data folder the server uses: TILLCARD_DATA_DIR, or ./data. */
export function adminDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TILLCARD_DATA_DIR ?? './data');
}

/**
 * The same database and server key the server would use, from the same variables:
 * TILLCARD_DATA_DIR (./data), DATABASE_URL (postgres://… for a chain), TILLCARD_SERVER_KEY.
 * Migrations run on open, so the CLI works on a fresh data folder too. A key that is not the
 * database's is refused, as the server refuses it.
 */
export async function openAdminContext(env: NodeJS.ProcessEnv = process.env): Promise<BackendContext> {
  const dataDir = adminDataDir(env);
  const { database, serverKey } = await openLedger({
    databaseUrl: env.DATABASE_URL,
    dataDir,
    poolSize: 2,
    serverKeyEnv: env.TILLCARD_SERVER_KEY,
    nowIso: systemClock.now().toISOString(),
  });
  return { database, config: makeConfig(serverKey), clock: systemClock };
}
