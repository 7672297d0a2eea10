/**
 * `npm run backend`: PORT (8787; 0 picks a free port), HOST (127.0.0.1), TILLCARD_DATA_DIR
 * (./data), DATABASE_URL (postgres://… for a chain), DATABASE_POOL_SIZE (PostgreSQL connections,
 * 20), TILLCARD_SERVER_KEY (chain-wide code key), LOG_LEVEL (info).
 * Prints one JSON log line per request and `"msg":"backend listening"` with the url once ready.
 * Refuses to start when the server key is not the one the database's cards were made with.
 */
import { resolve } from 'node:path';
import { buildApp } from './app.js';
import { faultFromEnv, makeConfig } from './config.js';
import { createLogger } from './logger.js';
import { openLedger, poolSizeFromEnv } from './open-ledger.js';

// Whatever this process creates (ledger, key, logs) is its owner's alone; private-files.ts also
// tightens what existed before.
process.umask(0o077);
const { logger, flush } = createLogger();
// Log lines are written asynchronously: whatever is still buffered goes out before the process
// ends, on a clean stop, on process.exit (the crash-test fault) and on a fatal start error.
process.on('exit', flush);

async function main(): Promise<void> {
  const dataDir = resolve(process.env.TILLCARD_DATA_DIR ?? './data');
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  const { database, serverKey, keyCheck } = await openLedger({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    poolSize: poolSizeFromEnv(process.env.DATABASE_POOL_SIZE),
    serverKeyEnv: process.env.TILLCARD_SERVER_KEY,
    nowIso: new Date().toISOString(),
    onIdleConnectionError: (error) =>
      logger.warn({ err: error.message }, 'database connection lost; the pool reconnects'),
  });
  if (keyCheck === 'recorded_unverified') {
    logger.warn(
      'this database holds cards from before server keys were recorded: the current key is recorded from now on, ' +
        'but whether the cards were made with it could not be checked',
    );
  }
  const config = makeConfig(serverKey, { fault: faultFromEnv(process.env.TILLCARD_FAULT) });
  const app = await buildApp({ database, config, logger });
  await app.listen({ port, host });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  logger.info({ url: `http://${host}:${boundPort}`, dialect: database.dialect }, 'backend listening');

  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'backend stopping');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error instanceof Error ? error.message : String(error) }, 'backend failed to start');
  process.exit(1);
});
