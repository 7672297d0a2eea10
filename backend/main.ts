/**
 * `npm run backend`: PORT (8787; 0 picks a free port), HOST (127.0.0.1), TILLCARD_DATA_DIR
 * (./data), DATABASE_URL (postgres://… for a chain), TILLCARD_SERVER_KEY (chain-wide code key).
 * Prints one JSON log line per request and `"msg":"backend listening"` with the url once ready.
 */
import { resolve } from 'node:path';
import { buildApp } from './app.js';
import { faultFromEnv, makeConfig } from './config.js';
import { loadServerKey } from './crypto/server-key.js';
import { openDatabase } from './db/database.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  const logger = createLogger();
  const dataDir = resolve(process.env.TILLCARD_DATA_DIR ?? './data');
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    onIdleConnectionError: (error) =>
      logger.warn({ err: error.message }, 'database connection lost; the pool reconnects'),
  });
  const config = makeConfig(loadServerKey(dataDir, process.env.TILLCARD_SERVER_KEY), {
    fault: faultFromEnv(process.env.TILLCARD_FAULT),
  });
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
  console.error(JSON.stringify({ level: 'fatal', msg: 'backend failed to start', err: String(error) }));
  process.exit(1);
});
