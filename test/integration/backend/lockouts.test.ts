import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { codeFromRandom, CODE_LENGTH } from '../../../shared/claim-code.js';
import {
  cardBalance,
  describeEachDialect,
  openCounters,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

/** The shipped numbers (backend/config.ts): 5 free failures, then 30 s doubling to 5 min. */
const FIRST_WAIT_MS = 30_000;

interface ErrorBody {
  error?: { code: string; details?: { retryAt?: string; retryAfterSeconds?: number; triesBeforeWait?: number } };
}

describeEachDialect('code-entry waits per terminal and per cashier', (dialect) => {
  let backend: TestBackend;
  let offsetMs = 0;
  let seeded: SeededStore;
  let till1: ApiClient;
  let managerTill: ApiClient;
  const now = (): number => Date.now() + offsetMs;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    backend = await startTestBackend({
      dialect,
      clock: { now: () => new Date(now()) },
      logger: pino({ level: 'info' }, sink),
    });
  });
  afterAll(async () => backend?.close());

  // Each test gets its own store, so counts and waits never carry over.
  beforeEach(async () => {
    offsetMs = 0;
    seeded = await backend.seed.store();
    till1 = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    managerTill = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.manager)).api;
  });

  const unknownCode = (): string => codeFromRandom(randomBytes(CODE_LENGTH - 1));
  const lookup = (api: ApiClient, code: string) => api.post<ErrorBody>('/v1/cards/lookup', { code });

  /** Every unknown code sent, to show none of them reaches the log. */
  const tried: string[] = [];
  async function failLookups(api: ApiClient, count: number): Promise<string[]> {
    const codes: string[] = [];
    for (let i = 0; i < count; i++) {
      const code = unknownCode();
      tried.push(code);
      codes.push((await lookup(api, code)).body.error?.code ?? 'none');
    }
    return codes;
  }

  it('four terminals failing leave a fifth working, and raise one store-wide alert instead of a lock', async () => {
    const counters = await openCounters(backend.ctx, backend.url, seeded.store, 5);
    const card = await backend.seed.card(seeded.store, 5000);
    for (const attacker of counters.slice(0, 4)) {
      expect(await failLookups(attacker.api, 5)).toEqual([
        'card_not_found',
        'card_not_found',
        'card_not_found',
        'card_not_found',
        'entry_delayed',
      ]);
    }

    // A waiting terminal learns nothing about a real card and cannot redeem it.
    const shown = await lookup(counters[0]!.api, card.code);
    expect(shown.status).toBe(429);
    expect(shown.body.error?.code).toBe('entry_delayed');
    const retryAt = Date.parse(shown.body.error?.details?.retryAt ?? '');
    expect(retryAt - now()).toBeGreaterThan(FIRST_WAIT_MS - 5_000);
    expect(retryAt - now()).toBeLessThanOrEqual(FIRST_WAIT_MS);
    expect(shown.body.error?.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(shown.text).not.toContain('5000');
    const refused = await counters[0]!.api.post<ErrorBody>('/v1/redemptions', {
      code: card.code,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'entry_delayed' } } });

    // The fifth terminal never failed: it looks up and redeems as usual.
    const fifth = counters[4]!.api;
    expect((await lookup(fifth, card.code)).status).toBe(200);
    const redeemed = await fifth.post('/v1/redemptions', {
      code: card.code,
      amountMinor: 1200,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    expect(redeemed.status).toBe(201);
    expect(await cardBalance(backend.database, card.id)).toBe(3800);

    // Twenty failures across the store: the managers see an alert.
    const security = await managerTill.get<{
      alerts: Array<{ id: string; kind: string; failureCount: number }>;
      delays: Array<{ kind: string; terminalName: string | null; staffName: string | null }>;
    }>('/v1/security');
    expect(security.status).toBe(200);
    expect(security.body.alerts).toEqual([expect.objectContaining({ kind: 'lookup_failures', failureCount: 20 })]);
    expect(security.body.delays.filter((delay) => delay.kind === 'entry_terminal')).toHaveLength(4);
    expect(security.body.delays.filter((delay) => delay.kind === 'entry_cashier')).toHaveLength(4);
    expect(security.body.delays.map((delay) => delay.terminalName)).toContain('Counter 1');
    // …and the log says so, naming the store, never a code.
    const alerts = logLines.filter((line) => line.includes('security alert') && line.includes(seeded.store.id));
    expect(alerts).toHaveLength(1);
    expect(JSON.parse(alerts[0]!)).toMatchObject({ level: 40, kind: 'lookup_failures', failures: 20 });
    for (const code of tried) expect(logLines.join('')).not.toContain(code);
  });

  it('answers a wait with HTTP Retry-After', async () => {
    await failLookups(till1, 5);
    const response = await fetch(`${backend.url}/v1/cards/lookup`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${seeded.terminal.key}`,
        'x-session-token': (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).session.token,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ code: unknownCode() }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(FIRST_WAIT_MS / 1000);
  });

  it('makes a cashier who fails on several terminals wait everywhere, and nobody else', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    const [other] = await openCounters(backend.ctx, backend.url, seeded.store, 1);
    const sameCashierOnTill2 = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier)).api;
    await failLookups(till1, 3);
    expect(await failLookups(sameCashierOnTill2, 2)).toEqual(['card_not_found', 'entry_delayed']);
    expect((await lookup(till1, card.code)).body.error?.code).toBe('entry_delayed');

    // Till 1 failed only three times: another cashier there works.
    const otherOnTill1 = (await signedIn(backend.url, seeded.terminal.key, { id: other!.cashierId, pin: '2468' })).api;
    expect((await lookup(otherOnTill1, card.code)).status).toBe(200);
  });

  it('never counts malformed codes, failed check characters or product barcodes', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    const valid = unknownCode();
    const lastChar = valid.at(-1) === '2' ? '3' : '2';
    const failedCheck = `${valid.slice(0, -1)}${lastChar}`;
    for (let i = 0; i < 10; i++) {
      expect((await lookup(till1, 'ZZ')).body.error?.code).toBe('code_malformed');
      expect((await lookup(till1, failedCheck)).body.error?.code).toBe('code_malformed');
      const redeemMalformed = await till1.post<ErrorBody>('/v1/redemptions', {
        code: failedCheck,
        currency: 'USD',
        idempotencyKey: randomUUID(),
      });
      expect(redeemMalformed.body.error?.code).toBe('code_malformed');
      // EAN-13 typed into the code field: a product, not a guess.
      expect((await lookup(till1, '4006381333931')).body.error?.code).toBe('card_not_found');
    }
    const counted = await backend.database.db
      .selectFrom('throttles')
      .select('kind')
      .where('store_id', '=', seeded.store.id)
      .execute();
    expect(counted).toEqual([]);
    expect((await lookup(till1, card.code)).status).toBe(200);
    expect(await failLookups(till1, 5)).toContain('entry_delayed');
  });

  it('makes each later wait twice as long, and starts afresh after ten quiet minutes', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 5);
    offsetMs = FIRST_WAIT_MS + 1_000;
    expect((await lookup(till1, card.code)).status).toBe(200);

    // The next failure waits twice as long: 60 s.
    const second = await lookup(till1, unknownCode());
    expect(second.body.error?.code).toBe('entry_delayed');
    const waitMs = Date.parse(second.body.error?.details?.retryAt ?? '') - now();
    expect(waitMs).toBeGreaterThan(2 * FIRST_WAIT_MS - 5_000);
    expect(waitMs).toBeLessThanOrEqual(2 * FIRST_WAIT_MS);

    // Ten quiet minutes later the count starts afresh: five free tries again.
    offsetMs += 10 * 60_000 + 2 * FIRST_WAIT_MS;
    expect(await failLookups(till1, 4)).toEqual(Array(4).fill('card_not_found'));
  });

  it("lets a manager lift this terminal's and cashier's wait with their PIN, and says when the PIN is wrong", async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 5);
    const wrongPin = await till1.post<ErrorBody>('/v1/lockouts/unlock', {
      managerId: seeded.manager.id,
      managerPin: '0000',
    });
    expect(wrongPin).toMatchObject({
      status: 403,
      body: { error: { code: 'manager_pin_wrong', details: { triesBeforeWait: 4 } } },
    });
    const cashierPin = await till1.post('/v1/lockouts/unlock', {
      managerId: seeded.cashier.id,
      managerPin: seeded.cashier.pin,
    });
    expect(cashierPin).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await lookup(till1, card.code)).status).toBe(429);

    const unlocked = await till1.post('/v1/lockouts/unlock', {
      managerId: seeded.manager.id,
      managerPin: seeded.manager.pin,
    });
    expect(unlocked).toMatchObject({ status: 200, body: { unlocked: true } });
    expect((await lookup(till1, card.code)).status).toBe(200);
    // Counting starts afresh after the lift.
    expect(await failLookups(till1, 4)).toEqual(Array(4).fill('card_not_found'));
  });

  it('keeps a wait across a restart: it lives in the database', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 5);
    backend = await backend.restart();
    const again = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    expect((await lookup(again, card.code)).body.error?.code).toBe('entry_delayed');
  });

  it('records each wait for the shift reports', async () => {
    await failLookups(till1, 5);
    const events = await backend.database.db
      .selectFrom('lockout_events')
      .selectAll()
      .where('store_id', '=', seeded.store.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      scope: 'terminal',
      terminal_id: seeded.terminal.id,
      cashier_id: seeded.cashier.id,
    });
  });

  it('lets a manager dismiss the store alert; a later burst raises a new one', async () => {
    const counters = await openCounters(backend.ctx, backend.url, seeded.store, 4);
    for (const counter of counters) await failLookups(counter.api, 5);
    const listed = await managerTill.get<{ alerts: Array<{ id: string }> }>('/v1/security');
    const alertId = listed.body.alerts[0]!.id;
    expect(await managerTill.post(`/v1/security/alerts/${alertId}/dismiss`)).toMatchObject({
      status: 200,
      body: { dismissed: true },
    });
    expect((await managerTill.get<{ alerts: unknown[] }>('/v1/security')).body.alerts).toEqual([]);
    expect((await managerTill.post(`/v1/security/alerts/${alertId}/dismiss`)).status).toBe(404);
    // A cashier may not read or dismiss alerts.
    expect((await till1.get('/v1/security')).status).toBe(403);

    offsetMs = 11 * 60_000;
    const fresh = await openCounters(backend.ctx, backend.url, seeded.store, 4);
    for (const counter of fresh) await failLookups(counter.api, 5);
    const again = await managerTill.get<{ alerts: Array<{ id: string }> }>('/v1/security');
    expect(again.body.alerts).toHaveLength(1);
    expect(again.body.alerts[0]!.id).not.toBe(alertId);
  });

  it('lets a manager lift one wait from the Security panel', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 5);
    const listed = await managerTill.get<{ delays: Array<{ kind: string; subject: string }> }>('/v1/security');
    for (const delay of listed.body.delays) {
      const { kind, subject } = delay;
      expect(await managerTill.post('/v1/security/delays/lift', { kind, subject })).toMatchObject({
        status: 200,
        body: { lifted: 1 },
      });
    }
    expect((await lookup(till1, card.code)).status).toBe(200);
  });
});
