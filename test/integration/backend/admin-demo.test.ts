import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { hasValidCheck } from '../../../shared/claim-code.js';
import { cardStatusSchema, storeSchema } from '../../../shared/backend-api.js';
import {
  apiClient,
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type ApiClient,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const run = promisify(execFile);

/** The documented shape of `admin demo --json`. */
const demoOutputSchema = z.object({
  store: storeSchema,
  terminal: z.object({ id: z.string(), key: z.string() }),
  cashier: z.object({ id: z.literal('1001'), pin: z.literal('1234') }),
  manager: z.object({ id: z.literal('9001'), pin: z.literal('9876') }),
  cards: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      status: cardStatusSchema,
      region: z.string(),
      currency: z.string(),
      balanceMinor: z.number().int().nonnegative(),
    }),
  ),
});
type DemoOutput = z.infer<typeof demoOutputSchema>;

async function demo(backend: TestBackend): Promise<DemoOutput> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'backend/admin/cli.ts', 'demo', '--json'], {
    env: {
      ...process.env,
      TILLCARD_DATA_DIR: backend.dataDir,
      TILLCARD_SERVER_KEY: backend.ctx.config.serverKey.toString('hex'),
      DATABASE_URL: backend.databaseUrl ?? '',
      LOG_LEVEL: 'debug',
    },
  });
  expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  return demoOutputSchema.parse(JSON.parse(stdout));
}

describeEachDialect('admin demo', (dialect) => {
  let backend: TestBackend;
  let first: DemoOutput;
  let second: DemoOutput;
  let counter: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    first = await demo(backend);
    second = await demo(backend);
    counter = (await signedIn(backend.url, second.terminal.key, second.cashier)).api;
  });
  afterAll(async () => backend?.close());

  const card = (output: DemoOutput, label: RegExp) => {
    const found = output.cards.find((entry) => label.test(entry.label));
    if (found === undefined) throw new Error(`no demo card labelled ${label}`);
    return found;
  };

  it('seeds the documented store, staff and cards with valid fixed codes', () => {
    expect(first.store).toMatchObject({ region: 'US', currency: 'USD', timezone: 'America/New_York', locale: 'en-US' });
    for (const entry of first.cards) expect(hasValidCheck(entry.code)).toBe(true);
    const summary = first.cards.map((entry) => [entry.status, entry.region, entry.currency, entry.balanceMinor]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['active', 'US', 'USD', 5000],
        ['active', 'US', 'USD', 2500],
        ['active', 'US', 'USD', 10000],
        ['active', 'US', 'USD', 750],
        ['inactive', 'US', 'USD', 0],
        ['frozen', 'US', 'USD', 3000],
        ['active', 'US', 'USD', 0],
        ['active', 'CA', 'CAD', 4000],
      ]),
    );
  });

  it('reuses everything on a second run but issues a fresh terminal key and refuses the old one', async () => {
    expect(second.store).toEqual(first.store);
    expect(second.terminal.id).toBe(first.terminal.id);
    expect(second.terminal.key).not.toBe(first.terminal.key);
    expect(second.cards).toEqual(first.cards);
    const counts = await backend.database.db
      .selectFrom('cards')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(first.cards.length);
    const old = await apiClient(backend.url, { key: first.terminal.key }).post('/v1/sessions', {
      cashierId: '1001',
      pin: '1234',
    });
    expect(old).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('signs in the demo manager as a manager', async () => {
    const { session } = await signedIn(backend.url, second.terminal.key, second.manager);
    expect(session.cashier.role).toBe('manager');
    expect(session.store.id).toBe(second.store.id);
  });

  it('every demo card behaves as labelled at the till', async () => {
    const lookup = (code: string) => counter.post('/v1/cards/lookup', { code });
    for (const entry of second.cards.filter((c) => c.label.startsWith('active'))) {
      expect(await lookup(entry.code)).toMatchObject({
        status: 200,
        body: { card: { status: 'active', balanceMinor: entry.balanceMinor } },
      });
    }
    expect(await lookup(card(second, /not activated/).code)).toMatchObject({
      status: 409,
      body: { error: { code: 'card_not_active' } },
    });
    expect(await lookup(card(second, /frozen/).code)).toMatchObject({
      status: 409,
      body: { error: { code: 'card_frozen', details: { reason: 'reported stolen' } } },
    });
    expect(await lookup(card(second, /used up/).code)).toMatchObject({
      status: 409,
      body: { error: { code: 'card_empty' } },
    });
    expect(await lookup(card(second, /Canadian/).code)).toMatchObject({
      status: 409,
      body: { error: { code: 'region_mismatch' } },
    });

    const fifty = card(second, /\$50\.00/);
    const redeemed = await counter.post('/v1/redemptions', {
      code: fifty.code,
      amountMinor: 1250,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    expect(redeemed).toMatchObject({
      status: 201,
      body: { redemption: { balanceBeforeMinor: 5000, balanceAfterMinor: 3750 } },
    });
  });

  it('used the used-up card with a real redemption in the ledger, in a shift closed again', async () => {
    const usedUp = card(second, /used up/);
    const rows = await backend.database.db
      .selectFrom('activities')
      .innerJoin('cards', 'cards.id', 'activities.card_id')
      .leftJoin('shifts', 'shifts.id', 'activities.shift_id')
      .select(['activities.kind', 'activities.amount_minor', 'activities.cashier_id', 'shifts.status'])
      .where('cards.last4', '=', usedUp.code.slice(-4))
      .orderBy('activities.created_at')
      .execute();
    expect(rows.map((row) => [row.kind, Number(row.amount_minor)])).toEqual([
      ['activate', 1500],
      ['redeem', -1500],
    ]);
    expect(rows[1]).toMatchObject({ cashier_id: '1001', status: 'closed' });
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
});
