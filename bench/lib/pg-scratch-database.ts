import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { registerCleanup } from './cleanup.js';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates a fresh, uniquely named database on the server of `serverUrl`; `drop` removes it. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async (): Promise<void> => {
    await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
  const unregister = registerCleanup(drop);
  return {
    url: url.toString(),
    name,
    drop: async () => {
      unregister();
      await drop();
    },
  };
}

export async function isPostgresReachable(serverUrl: string): Promise<boolean> {
  try {
    await withAdminClient(serverUrl, (client) => client.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
