import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { codeFromRandom, CODE_LENGTH } from '../../../shared/claim-code.js';
import {
  cardBalance,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const LOCK_MS = 60_000;

describeEachDialect('entry lock after failed lookups', (dialect) => {
  let backend: TestBackend;
  let offsetMs = 0;
  let seeded: SeededStore;
  let till1: ApiClient;
  let till2: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({
      dialect,
      clock: { now: () => new Date(Date.now() + offsetMs) },
      config: { entryLock: { perTerminal: 3, perStore: 5, windowMs: 600_000, lockMs: LOCK_MS } },
    });
  });
  afterAll(async () => backend?.close());

  // Each test gets its own store, so counts and locks never carry over.
  beforeEach(async () => {
    offsetMs = 0;
    seeded = await backend.seed.store();
    till1 = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    till2 = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.manager)).api;
  });

  const unknownCode = (): string => codeFromRandom(randomBytes(CODE_LENGTH - 1));
  const lookup = (api: ApiClient, code: string) =>
    api.post<{ error?: { code: string; details?: { lockedUntil?: string } } }>('/v1/cards/lookup', { code });

  async function failLookups(api: ApiClient, count: number): Promise<string[]> {
    const codes: string[] = [];
    for (let i = 0; i < count; i++)
      codes.push((await lookup(api, i % 2 === 0 ? unknownCode() : 'ZZ')).body.error?.code ?? 'none');
    return codes;
  }

  it('locks the terminal at the limit; a locked terminal neither shows nor redeems a real card', async () => {
    const card = await backend.seed.card(seeded.store, 5000);
    expect(await failLookups(till1, 3)).toEqual(['card_not_found', 'code_malformed', 'entry_locked']);

    const shown = await lookup(till1, card.code);
    expect(shown.status).toBe(423);
    expect(shown.body.error?.code).toBe('entry_locked');
    expect(Date.parse(shown.body.error?.details?.lockedUntil ?? '')).toBeGreaterThan(Date.now());
    expect(shown.text).not.toContain('5000');

    const redeemed = await till1.post('/v1/redemptions', {
      code: card.code,
      currency: 'USD',
      idempotencyKey: 'locked-try-1',
    });
    expect(redeemed).toMatchObject({ status: 423, body: { error: { code: 'entry_locked' } } });
    expect(await cardBalance(backend.database, card.id)).toBe(5000);

    // The other till of the store is below the store limit and still works.
    expect((await lookup(till2, card.code)).status).toBe(200);
  });

  it('locks every terminal of the store once the store limit is reached', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 2);
    expect(await failLookups(till2, 3)).toEqual(['card_not_found', 'code_malformed', 'entry_locked']);
    expect((await lookup(till1, card.code)).body.error?.code).toBe('entry_locked');
    expect((await lookup(till2, card.code)).body.error?.code).toBe('entry_locked');
  });

  it('ends the lock after the cool-down', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 3);
    expect((await lookup(till1, card.code)).status).toBe(423);
    offsetMs = LOCK_MS + 1000;
    expect((await lookup(till1, card.code)).status).toBe(200);
  });

  it('lets a manager unlock with their PIN, and only a manager', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 3);
    const wrongPin = await till1.post('/v1/lockouts/unlock', { managerId: seeded.manager.id, managerPin: '0000' });
    expect(wrongPin).toMatchObject({ status: 403, body: { error: { code: 'manager_approval_required' } } });
    const cashierPin = await till1.post('/v1/lockouts/unlock', {
      managerId: seeded.cashier.id,
      managerPin: seeded.cashier.pin,
    });
    expect(cashierPin).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await lookup(till1, card.code)).status).toBe(423);

    const unlocked = await till1.post('/v1/lockouts/unlock', {
      managerId: seeded.manager.id,
      managerPin: seeded.manager.pin,
    });
    expect(unlocked).toMatchObject({ status: 200, body: { unlocked: true } });
    expect((await lookup(till1, card.code)).status).toBe(200);
    // Counting starts afresh after an unlock.
    expect(await failLookups(till1, 2)).toEqual(['card_not_found', 'code_malformed']);
  });

  it('keeps the lock across a restart: it lives in the database', async () => {
    const card = await backend.seed.card(seeded.store, 100);
    await failLookups(till1, 3);
    backend = await backend.restart();
    const again = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    expect((await lookup(again, card.code)).body.error?.code).toBe('entry_locked');
  });

  it('records each lock for the shift reports', async () => {
    await failLookups(till1, 3);
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
});
