import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { pairingCodeSchema, pairResponseSchema } from '../../../shared/backend-api.js';
import {
  apiClient,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** `npm run admin -- pairing-code …` as a store's manager would run it, on the test backend's data. */
async function admin(backend: TestBackend, ...args: string[]): Promise<{ exitCode: number; json: unknown }> {
  const env = {
    ...process.env,
    TILLCARD_DATA_DIR: backend.dataDir,
    TILLCARD_SERVER_KEY: backend.ctx.config.serverKey.toString('hex'),
    DATABASE_URL: backend.databaseUrl ?? '',
  };
  try {
    const done = await run(TSX, ['backend/admin/cli.ts', ...args, '--json'], { env });
    return { exitCode: 0, json: JSON.parse(done.stdout) as unknown };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { exitCode: failed.code, json: JSON.parse(failed.stdout) as unknown };
  }
}

describeEachDialect('admin CLI pairing-code', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
  });
  afterAll(async () => backend?.close());

  it('prints a one-time code that pairs a terminal of the store', async () => {
    const made = await admin(backend, 'pairing-code', '--store', seeded.store.id, '--terminal-name', 'Till 7');
    expect(made.exitCode).toBe(0);
    const code = z.object({ pairingCode: pairingCodeSchema }).parse(made.json).pairingCode;
    expect(code).toMatchObject({ storeId: seeded.store.id, terminalName: 'Till 7' });

    const paired = await apiClient(backend.url).post('/v1/pairing', { code: code.code });
    expect(paired.status).toBe(201);
    const { terminal, terminalKey } = pairResponseSchema.parse(paired.body);
    expect(terminal.name).toBe('Till 7');
    expect((await signedIn(backend.url, terminalKey, seeded.cashier)).session.cashier.id).toBe(seeded.cashier.id);
  });

  it('refuses an unknown store with a JSON error', async () => {
    const made = await admin(backend, 'pairing-code', '--store', 'sto_nope', '--terminal-name', 'Till 8');
    expect(made).toMatchObject({ exitCode: 1, json: { error: { code: 'not_found' } } });
  });
});
