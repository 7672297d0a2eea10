import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  apiClient,
  describeEachDialect,
  openCounters,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

interface ErrorBody {
  error?: { code: string; details?: { retryAt?: string; retryAfterSeconds?: number; triesBeforeWait?: number } };
}

/** The shipped numbers (backend/config.ts): 5 free wrong PINs per (terminal, ID), then 30 s doubling. */
describeEachDialect('wrong PINs wait per terminal and staff member', (dialect) => {
  let backend: TestBackend;
  let offsetMs = 0;
  let seeded: SeededStore;
  let till1: ApiClient;
  let till2: ApiClient;
  const now = (): number => Date.now() + offsetMs;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect, clock: { now: () => new Date(now()) } });
  });
  afterAll(async () => backend?.close());

  beforeEach(async () => {
    offsetMs = 0;
    seeded = await backend.seed.store();
    till1 = apiClient(backend.url, { key: seeded.terminal.key });
    till2 = apiClient(backend.url, { key: seeded.otherTerminal.key });
  });

  const signIn = (till: ApiClient, staff: { id: string }, pin: string) =>
    till.post<ErrorBody>('/v1/sessions', { cashierId: staff.id, pin });

  it("five wrong manager PINs on one terminal leave the right PIN working on another, and the manager's approvals", async () => {
    const tries: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const wrong = await signIn(till1, seeded.manager, '0000');
      tries.push([wrong.status, wrong.body.error?.code, wrong.body.error?.details?.triesBeforeWait]);
    }
    expect(tries).toEqual([
      [401, 'pin_wrong', 4],
      [401, 'pin_wrong', 3],
      [401, 'pin_wrong', 2],
      [401, 'pin_wrong', 1],
    ]);
    const fifth = await signIn(till1, seeded.manager, '0000');
    expect(fifth).toMatchObject({ status: 429, body: { error: { code: 'signin_delayed' } } });
    const retryAt = Date.parse(fifth.body.error?.details?.retryAt ?? '');
    expect(retryAt).toBeGreaterThan(now());

    // The right PIN waits on this terminal only…
    expect((await signIn(till1, seeded.manager, seeded.manager.pin)).body.error?.code).toBe('signin_delayed');
    // …and works on the other one.
    expect((await signIn(till2, seeded.manager, seeded.manager.pin)).status).toBe(201);

    // The manager's approvals are not held up by the wrong sign-ins, on either terminal.
    const cashierOnTill1 = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    expect(
      await cashierOnTill1.post('/v1/lockouts/unlock', {
        managerId: seeded.manager.id,
        managerPin: seeded.manager.pin,
      }),
    ).toMatchObject({ status: 200, body: { unlocked: true } });
    const card = await backend.seed.card(seeded.store, 3000);
    const redeemed = await cashierOnTill1.post<{ redemption: { id: string } }>('/v1/redemptions', {
      code: card.code,
      amountMinor: 500,
      currency: 'USD',
      idempotencyKey: randomUUID(),
    });
    expect(redeemed.status).toBe(201);
    const voided = await cashierOnTill1.post(`/v1/redemptions/${redeemed.body.redemption.id}/void`, {
      managerId: seeded.manager.id,
      managerPin: seeded.manager.pin,
      reason: 'customer changed their mind',
    });
    expect(voided.status).toBe(200);

    // Once the wait is over, the right PIN works here too.
    offsetMs = retryAt - Date.now() + 1_000;
    expect((await signIn(till1, seeded.manager, seeded.manager.pin)).status).toBe(201);
  });

  it('wrong manager PINs in approvals say so, wait on that terminal only, and never stop a sign-in', async () => {
    const cashierOnTill1 = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    const approve = (api: ApiClient, pin: string) =>
      api.post<ErrorBody>('/v1/lockouts/unlock', { managerId: seeded.manager.id, managerPin: pin });
    for (let left = 4; left >= 1; left--) {
      expect(await approve(cashierOnTill1, '0000')).toMatchObject({
        status: 403,
        body: { error: { code: 'manager_pin_wrong', details: { triesBeforeWait: left } } },
      });
    }
    expect(await approve(cashierOnTill1, '0000')).toMatchObject({
      status: 429,
      body: { error: { code: 'approval_delayed' } },
    });
    expect((await approve(cashierOnTill1, seeded.manager.pin)).body.error?.code).toBe('approval_delayed');
    // The cashier keeps their session; the wait is for approvals only.
    expect((await cashierOnTill1.get('/v1/shifts/current')).status).toBe(200);

    const cashierOnTill2 = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier)).api;
    expect((await approve(cashierOnTill2, seeded.manager.pin)).status).toBe(200);
    expect((await signIn(till1, seeded.manager, seeded.manager.pin)).status).toBe(201);
  });

  it('makes unknown IDs share one count per terminal, and leaves real staff alone', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await signIn(till1, { id: `9${i}99` }, '1111')).body.error?.code ?? '');
    expect(codes).toEqual(['pin_wrong', 'pin_wrong', 'pin_wrong', 'pin_wrong', 'signin_delayed']);
    expect((await signIn(till1, { id: '7777' }, '1111')).body.error?.code).toBe('signin_delayed');
    expect((await signIn(till1, seeded.cashier, seeded.cashier.pin)).status).toBe(201);
  });

  it('starts the count afresh after the right PIN', async () => {
    for (let i = 0; i < 4; i++) await signIn(till1, seeded.cashier, '0000');
    expect((await signIn(till1, seeded.cashier, seeded.cashier.pin)).status).toBe(201);
    expect((await signIn(till1, seeded.cashier, '0000')).body.error?.details?.triesBeforeWait).toBe(4);
  });

  it('raises a store alert for a burst of wrong PINs, and lets a manager lift a sign-in wait', async () => {
    const counters = await openCounters(backend.ctx, backend.url, seeded.store, 2);
    for (const counter of counters) {
      const till = apiClient(backend.url, { key: counter.terminalKey });
      for (let i = 0; i < 5; i++) await signIn(till, seeded.cashier, '0000');
    }
    const manager = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.manager)).api;
    const security = await manager.get<{
      alerts: Array<{ kind: string; failureCount: number }>;
      delays: Array<{ kind: string; subject: string; staffName: string | null; terminalName: string | null }>;
    }>('/v1/security');
    expect(security.body.alerts).toEqual([expect.objectContaining({ kind: 'pin_failures', failureCount: 10 })]);
    const waits = security.body.delays.filter((delay) => delay.kind === 'signin');
    expect(waits).toHaveLength(2);
    expect(waits[0]).toMatchObject({ staffName: expect.any(String), terminalName: expect.stringMatching(/^Counter/) });

    const till = apiClient(backend.url, { key: counters[0]!.terminalKey });
    expect((await signIn(till, seeded.cashier, seeded.cashier.pin)).status).toBe(429);
    const target = waits.find((wait) => wait.subject.startsWith(counters[0]!.terminalId))!;
    expect(
      await manager.post('/v1/security/delays/lift', { kind: target.kind, subject: target.subject }),
    ).toMatchObject({ status: 200, body: { lifted: 1 } });
    expect((await signIn(till, seeded.cashier, seeded.cashier.pin)).status).toBe(201);
  });
});
