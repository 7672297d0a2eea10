/**
 * A PostgreSQL address that accepts the connection and then says nothing (a hung host, a
 * half-open link through a firewall): the backend must not wait forever. It gives up on the
 * connection after PG_CONNECT_TIMEOUT_MS and refuses to start, saying why, instead of hanging.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PG_CONNECT_TIMEOUT_MS } from '../../../backend/db/database.js';
import { spawnBackend } from '../../fixtures/backend/index.js';

let silent: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

it('a database that accepts the connection and never answers: the backend stops trying and says why', async () => {
  const address = silent.address();
  if (typeof address !== 'object' || address === null) throw new Error('the silent server has no port');
  const started = Date.now();
  const backend = spawnBackend({
    DATABASE_URL: `postgres://tillcard@127.0.0.1:${address.port}/tillcard`,
    TILLCARD_SERVER_KEY: '11'.repeat(32),
  });
  await expect(backend).rejects.toThrow(/backend exited \(1\) before listening[\s\S]*timeout/i);
  expect(sockets.length).toBeGreaterThan(0);
  expect(Date.now() - started).toBeGreaterThanOrEqual(PG_CONNECT_TIMEOUT_MS);
});
