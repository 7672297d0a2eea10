import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_CONFIG } from '../../../backend/config.js';
import { lookupResponseSchema, storeSchema } from '../../../shared/backend-api.js';
import { codeFromRandom } from '../../../shared/claim-code.js';
import {
  apiClient,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const run = promisify(execFile);

/**
 * The CLI bundled once per file (the same source `npm run admin` runs through tsx): a child process
 * then starts in a fraction of the time, which matters with two dozen runs per database. It lives
 * inside the project so its packages resolve from node_modules. `admin-demo.test.ts` runs the CLI
 * through tsx, exactly as `npm run admin` does.
 */
let cliBundle = '';

beforeAll(async () => {
  cliBundle = join(process.cwd(), 'test-results', `admin-cli-${randomUUID()}.mjs`);
  await build({
    entryPoints: ['backend/admin/cli.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: cliBundle,
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(cliBundle, { force: true }));

interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The one JSON object printed; read it through the schemas below, as a script would. */
  json: unknown;
}

const terminalOutput = z.object({
  terminal: z.object({ id: z.string(), storeId: z.string(), name: z.string(), key: z.string() }),
});
const issuedOutput = z.object({
  issued: z.object({
    count: z.number(),
    amountMinor: z.number(),
    currency: z.string(),
    region: z.string(),
    status: z.string(),
  }),
  cards: z.array(z.object({ code: z.string().optional(), last4: z.string(), status: z.string() })),
});
const codesOf = (run: CliRun): string[] => issuedOutput.parse(run.json).cards.map((card) => card.code ?? '');

/** Runs the admin CLI as a separate process on the test backend's database and server key. */
async function admin(backend: TestBackend, ...args: string[]): Promise<CliRun> {
  const env = {
    ...process.env,
    TILLCARD_DATA_DIR: backend.dataDir,
    TILLCARD_SERVER_KEY: backend.ctx.config.serverKey.toString('hex'),
    DATABASE_URL: backend.databaseUrl ?? '',
  };
  let result: { stdout: string; stderr: string; exitCode: number };
  try {
    const done = await run(process.execPath, [cliBundle, ...args, '--json'], { env });
    result = { ...done, exitCode: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    result = { stdout: failed.stdout, stderr: failed.stderr, exitCode: failed.code };
  }
  // Exactly one JSON object on stdout, nothing else.
  const lines = result.stdout.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  return { ...result, json: JSON.parse(lines[0] ?? '') as unknown };
}

describeEachDialect('admin CLI', (dialect) => {
  let backend: TestBackend;
  let storeId: string;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    const added = await admin(
      backend,
      'store',
      'add',
      '--name',
      'Harbour Road',
      '--region',
      'us',
      '--currency',
      'usd',
      '--timezone',
      'America/Chicago',
    );
    expect(added.exitCode, added.stderr).toBe(0);
    storeId = z.object({ store: storeSchema }).parse(added.json).store.id;
  });
  afterAll(async () => backend?.close());

  it('adds a store, a terminal whose key works once printed, staff who can sign in, and revokes the key', async () => {
    const store = await backend.database.db
      .selectFrom('stores')
      .selectAll()
      .where('id', '=', storeId)
      .executeTakeFirstOrThrow();
    expect(store).toMatchObject({ name: 'Harbour Road', region: 'US', currency: 'USD', timezone: 'America/Chicago' });

    const added = await admin(backend, 'terminal', 'add', '--store', storeId, '--name', 'Till 7');
    const terminal = terminalOutput.parse(added.json).terminal;
    expect(terminal).toMatchObject({ storeId, name: 'Till 7' });
    const key = terminal.key;
    const stored = await backend.database.db
      .selectFrom('terminals')
      .select('key_hash')
      .where('id', '=', terminal.id)
      .executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key);

    expect(
      (await admin(backend, 'cashier', 'add', '--store', storeId, '--id', '2001', '--name', 'Robin', '--pin', '4321'))
        .exitCode,
    ).toBe(0);
    expect(
      (await admin(backend, 'manager', 'add', '--store', storeId, '--id', '8001', '--name', 'Sam', '--pin', '8642'))
        .json,
    ).toMatchObject({
      manager: { id: '8001', role: 'manager' },
    });
    const cashier = await signedIn(backend.url, key, { id: '2001', pin: '4321' });
    expect(cashier.session.cashier).toMatchObject({ id: '2001', role: 'cashier', name: 'Robin' });
    const manager = await signedIn(backend.url, key, { id: '8001', pin: '8642' });
    expect(manager.session.cashier.role).toBe('manager');

    const revoked = await admin(backend, 'terminal', 'revoke', '--terminal', terminal.id);
    expect(revoked.json).toEqual({ terminal: { id: terminal.id, revoked: true } });
    // The backend trusts an accepted key for the credentials cache TTL: refused within it.
    const signIn = () => apiClient(backend.url, { key }).post('/v1/sessions', { cashierId: '2001', pin: '4321' });
    await expect
      .poll(async () => (await signIn()).status, { timeout: DEFAULT_CONFIG.credentialsCacheTtlMs + 3_000 })
      .toBe(401);
    expect(await signIn()).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('numbers staff added without an ID, so a numeric keypad can type it', async () => {
    const cashiers = z.object({ cashier: z.object({ id: z.string() }) });
    const first = cashiers.parse(
      (await admin(backend, 'cashier', 'add', '--store', storeId, '--name', 'Ari', '--pin', '2468')).json,
    );
    const second = cashiers.parse(
      (await admin(backend, 'cashier', 'add', '--store', storeId, '--name', 'Bo', '--pin', '1357')).json,
    );
    expect(first.cashier.id).toMatch(/^\d{4}$/);
    expect(Number(second.cashier.id)).toBeGreaterThan(Number(first.cashier.id));
    const manager = z
      .object({ manager: z.object({ id: z.string() }) })
      .parse((await admin(backend, 'manager', 'add', '--store', storeId, '--name', 'Dee', '--pin', '864213')).json);
    expect(manager.manager.id).toMatch(/^9\d{3}$/);
  });

  it('issues cards whose codes are shown once and redeem for their value; activates and freezes by code', async () => {
    const terminal = terminalOutput.parse(
      (await admin(backend, 'terminal', 'add', '--store', storeId, '--name', 'Till 8')).json,
    );
    await admin(backend, 'cashier', 'add', '--store', storeId, '--id', '2002', '--name', 'Kim', '--pin', '1357');
    const { api } = await signedIn(backend.url, terminal.terminal.key, { id: '2002', pin: '1357' });

    const issued = await admin(backend, 'cards', 'issue', '--count', '3', '--amount', '1234');
    expect(issuedOutput.parse(issued.json).issued).toEqual({
      count: 3,
      amountMinor: 1234,
      currency: 'USD',
      region: 'US',
      status: 'active',
    });
    const codes = codesOf(issued);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) {
      expect(lookupResponseSchema.parse((await api.post('/v1/cards/lookup', { code })).body).card).toMatchObject({
        status: 'active',
        balanceMinor: 1234,
      });
    }

    const inactive = await admin(backend, 'cards', 'issue', '--count', '1', '--amount', '500', '--inactive');
    const inactiveCode = codesOf(inactive)[0] ?? '';
    expect(await api.post('/v1/cards/lookup', { code: inactiveCode })).toMatchObject({
      status: 409,
      body: { error: { code: 'card_not_active' } },
    });
    const activated = await admin(backend, 'cards', 'activate', '--code', inactiveCode);
    expect(activated.json).toMatchObject({ card: { status: 'active', balanceMinor: 500 } });
    const redeemed = await api.post('/v1/redemptions', {
      code: inactiveCode,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    expect(redeemed).toMatchObject({ status: 201, body: { redemption: { amountMinor: 500, balanceAfterMinor: 0 } } });
    expect((await admin(backend, 'cards', 'activate', '--code', inactiveCode)).exitCode).not.toBe(0);

    const frozen = await admin(backend, 'cards', 'freeze', '--code', codes[0] ?? '', '--reason', 'reported lost');
    expect(frozen.json).toMatchObject({ card: { status: 'frozen', frozenReason: 'reported lost' } });
    expect(frozen.stdout).not.toContain(codes[0]);
    expect(await api.post('/v1/cards/lookup', { code: codes[0] })).toMatchObject({
      status: 409,
      body: { error: { code: 'card_frozen' } },
    });

    const listed = await admin(backend, 'cards', 'list', '--status', 'frozen');
    expect(listed.json).toEqual({
      cards: [expect.objectContaining({ masked: `•••• ${codes[0]?.slice(-4)}`, status: 'frozen' })],
    });
    const all = await admin(backend, 'cards', 'list');
    for (const code of [...codes, inactiveCode]) expect(all.stdout).not.toContain(code);
  });

  it('writes codes to a CSV only its owner can read, and never overwrites one', async () => {
    const csv = join(backend.dataDir, 'cards.csv');
    const issued = await admin(
      backend,
      'cards',
      'issue',
      '--count',
      '2',
      '--amount',
      '2000',
      '--currency',
      'CAD',
      '--region',
      'CA',
      '--csv',
      csv,
    );
    expect(issued.exitCode, issued.stderr).toBe(0);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('code,last4,status,currency,region,balance_minor');
    expect(rows).toHaveLength(3);
    for (const row of rows.slice(1)) {
      const [code, last4] = row.split(',');
      expect(row).toMatch(/,active,CAD,CA,2000$/);
      expect(issued.stdout).not.toContain(code);
      expect(issuedOutput.parse(issued.json).cards.map((card) => card.last4)).toContain(last4);
    }
    expect(statSync(csv).mode & 0o777).toBe(0o600);
    const before = await backend.database.db
      .selectFrom('cards')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const again = await admin(backend, 'cards', 'issue', '--count', '2', '--amount', '2000', '--csv', csv);
    expect(again).toMatchObject({ exitCode: 1, json: { error: { code: 'bad_request' } } });
    const after = await backend.database.db
      .selectFrom('cards')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('fails with a non-zero exit and one error object', async () => {
    const missing = await admin(backend, 'terminal', 'add', '--name', 'No store');
    expect(missing).toMatchObject({
      exitCode: 1,
      json: { error: { code: 'bad_request', message: '--store is required' } },
    });
    const unknownStore = await admin(backend, 'terminal', 'add', '--store', 'sto_nope', '--name', 'x');
    expect(unknownStore).toMatchObject({ exitCode: 1, json: { error: { code: 'not_found' } } });
    const badPin = await admin(backend, 'cashier', 'add', '--store', storeId, '--name', 'x', '--pin', '12');
    expect(badPin).toMatchObject({ exitCode: 1, json: { error: { code: 'bad_request' } } });
    const takenId = await admin(
      backend,
      'cashier',
      'add',
      '--store',
      storeId,
      '--id',
      '2001',
      '--name',
      'x',
      '--pin',
      '1234',
    );
    expect(takenId).toMatchObject({ exitCode: 1, json: { error: { code: 'bad_request' } } });
    const badAmount = await admin(backend, 'cards', 'issue', '--count', '1', '--amount', '12.50');
    expect(badAmount).toMatchObject({ exitCode: 1, json: { error: { code: 'bad_request' } } });
    const unknownOption = await admin(backend, 'cards', 'list', '--colour', 'red');
    expect(unknownOption).toMatchObject({ exitCode: 1, json: { error: { code: 'bad_request' } } });
    // The demo staff ids are taken by a real store here: demo refuses before writing anything.
    await admin(backend, 'cashier', 'add', '--store', storeId, '--id', '1001', '--name', 'Real', '--pin', '5555');
    const demo = await admin(backend, 'demo');
    expect(demo).toMatchObject({ exitCode: 1, json: { error: { code: 'bad_request' } } });
    const demoStore = await backend.database.db
      .selectFrom('stores')
      .select('id')
      .where('id', '=', 'sto_demo')
      .executeTakeFirst();
    expect(demoStore).toBeUndefined();
    const unknownCard = await admin(backend, 'cards', 'freeze', '--code', '77777777777777D', '--reason', 'x');
    expect(unknownCard).toMatchObject({ exitCode: 1, json: { error: { code: 'card_not_found' } } });
  });

  it('lists the waits running and lifts them: a terminal and a sign-in ID wait no more', async () => {
    const seeded = await backend.seed.store();
    const card = await backend.seed.card(seeded.store, 700);
    const { api } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    for (let i = 0; i < 5; i++) await api.post('/v1/cards/lookup', { code: codeFromRandom(randomBytes(14)) });
    const till2 = apiClient(backend.url, { key: seeded.otherTerminal.key });
    for (let i = 0; i < 5; i++) await till2.post('/v1/sessions', { cashierId: seeded.manager.id, pin: '0000' });
    expect((await api.post('/v1/cards/lookup', { code: card.code })).status).toBe(429);

    const listed = z
      .object({ delays: z.array(z.object({ kind: z.string(), terminalId: z.string().nullable() })) })
      .parse((await admin(backend, 'delays', 'list', '--store', seeded.store.id)).json);
    expect(listed.delays.map((delay) => delay.kind).sort()).toEqual(['entry_cashier', 'entry_terminal', 'signin']);

    expect(await admin(backend, 'delays', 'lift')).toMatchObject({
      exitCode: 1,
      json: { error: { code: 'bad_request' } },
    });
    expect((await admin(backend, 'delays', 'lift', '--terminal', seeded.terminal.id)).json).toEqual({ lifted: 1 });
    expect((await admin(backend, 'delays', 'lift', '--staff', seeded.cashier.id)).json).toEqual({ lifted: 1 });
    expect((await api.post('/v1/cards/lookup', { code: card.code })).status).toBe(200);

    expect((await admin(backend, 'delays', 'lift', '--store', seeded.store.id)).json).toEqual({ lifted: 1 });
    const manager = await till2.post('/v1/sessions', { cashierId: seeded.manager.id, pin: seeded.manager.pin });
    expect(manager.status).toBe(201);
    expect((await admin(backend, 'delays', 'list', '--store', seeded.store.id)).json).toEqual({ delays: [] });
  });
});
