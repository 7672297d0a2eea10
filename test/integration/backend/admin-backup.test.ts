import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { z } from 'zod';
import { lookupResponseSchema } from '../../../shared/backend-api.js';
import { backupLedger } from '../../../backend/admin/backup.js';
import { signedIn, spawnBackend, startTestBackend, TEST_PG_URL } from '../../fixtures/backend/index.js';

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), 'tillcard-backup-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const demoSchema = z.object({
  terminal: z.object({ key: z.string() }),
  cashier: z.object({ id: z.string(), pin: z.string() }),
  cards: z.array(z.object({ code: z.string(), status: z.string(), balanceMinor: z.number() })),
});
const backupSchema = z.object({ backup: z.object({ folder: z.string(), serverKeyCopied: z.boolean() }) });

/** `npm run admin -- …` exactly as an operator runs it; a failing command resolves with its output. */
async function admin(env: Record<string, string>, ...args: string[]) {
  const cliEnv = { ...process.env, ...env };
  delete cliEnv.TILLCARD_SERVER_KEY;
  const result = await run(process.execPath, ['--import', 'tsx', 'backend/admin/cli.ts', ...args, '--json'], {
    env: cliEnv,
  }).catch((error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }));
  return { code: 'code' in result ? result.code : 0, json: JSON.parse(result.stdout) as unknown };
}

it('backs up a live SQLite ledger with its key, and the copy serves the balances of that moment', async () => {
  const dataDir = join(workDir, 'store');
  const demo = demoSchema.parse((await admin({ TILLCARD_DATA_DIR: dataDir }, 'demo')).json);
  const card = demo.cards.find((c) => c.status === 'active' && c.balanceMinor === 5000);
  if (card === undefined) throw new Error('the demo has a $50.00 card');

  const live = await spawnBackend({ TILLCARD_DATA_DIR: dataDir });
  try {
    const { api } = await signedIn(live.url, demo.terminal.key, demo.cashier);
    const redeem = (amountMinor: number) =>
      api.post('/v1/redemptions', { code: card.code, amountMinor, currency: 'USD', idempotencyKey: randomUUID() });
    expect((await redeem(1000)).status).toBe(201);

    // Taken while the backend runs: the backup holds what was committed before it, nothing after.
    const answer = await admin({ TILLCARD_DATA_DIR: dataDir }, 'backup', '--to', join(workDir, 'backups'));
    expect(answer.code).toBe(0);
    const { backup } = backupSchema.parse(answer.json);
    expect(backup.serverKeyCopied).toBe(true);
    expect(statSync(join(backup.folder, 'tillcard.sqlite')).mode & 0o777).toBe(0o600);
    expect(statSync(join(backup.folder, 'server.key')).mode & 0o777).toBe(0o600);
    expect((await redeem(500)).status).toBe(201);
    await live.stop();

    const restored = await spawnBackend({ TILLCARD_DATA_DIR: backup.folder });
    try {
      const { api: restoredApi } = await signedIn(restored.url, demo.terminal.key, demo.cashier);
      const lookup = await restoredApi.post('/v1/cards/lookup', { code: card.code });
      expect(lookup.status).toBe(200);
      expect(lookupResponseSchema.parse(lookup.body).card.balanceMinor).toBe(4000);
    } finally {
      await restored.stop();
    }
  } finally {
    await live.stop();
  }
});

it.skipIf(TEST_PG_URL === undefined)('refuses to back up PostgreSQL and names the tool that does', async () => {
  const backend = await startTestBackend({ dialect: 'postgres' });
  try {
    const attempt = backupLedger(backend.ctx, backend.dataDir, join(workDir, 'pg-backups'), false);
    await expect(attempt).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('pg_dump') });
  } finally {
    await backend.close();
  }
});
