import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { CreatePairingCodeRequest, PairResponse, PairingCode } from '../../../shared/backend-api.js';
import { createPairingCode } from '../../../backend/pairing/pairing.service.js';
import {
  apiClient,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const TTL_MS = 15 * 60_000;
const LOCK_MS = 10 * 60_000;

interface ErrorAnswer {
  error?: { code: string; details?: { lockedUntil?: string } };
}

describeEachDialect('pairing a new terminal', (dialect) => {
  let backend: TestBackend;
  let offsetMs = 0;
  let seeded: SeededStore;
  let manager: ApiClient;
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
      clock: { now: () => new Date(Date.now() + offsetMs) },
      logger: pino({ level: 'info' }, sink),
      config: {
        pairing: { codeTtlMs: TTL_MS, perClient: 3, overall: 100, windowMs: 60 * 60_000, lockMs: LOCK_MS },
      },
    });
  });
  afterAll(async () => backend?.close());

  beforeEach(async () => {
    offsetMs = 0;
    // Attempt counts are per caller (all tests call from 127.0.0.1): each test starts at zero.
    await backend.database.db.deleteFrom('pairing_attempts').execute();
    seeded = await backend.seed.store();
    manager = (await signedIn(backend.url, seeded.terminal.key, seeded.manager)).api;
  });

  const pairing = () => apiClient(backend.url);
  const newCode = async (request: CreatePairingCodeRequest = { terminalName: 'Till 3' }) => {
    const answer = await manager.post<{ pairingCode: PairingCode }>('/v1/pairing-codes', request);
    expect(answer.status).toBe(201);
    return answer.body.pairingCode;
  };
  const pair = (code: string, terminalName?: string) =>
    pairing().post<PairResponse & ErrorAnswer>('/v1/pairing', { code, ...(terminalName ? { terminalName } : {}) });

  it('a manager’s code pairs a terminal of that store once; its key then works', async () => {
    const code = await newCode();
    expect(code.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(code.storeId).toBe(seeded.store.id);
    expect(Date.parse(code.expiresAt) - Date.now()).toBeGreaterThan(TTL_MS - 60_000);

    // Typed as a person would: lower case, no dash.
    const paired = await pair(code.code.replace('-', '').toLowerCase());
    expect(paired.status).toBe(201);
    expect(paired.body.terminal).toMatchObject({ name: 'Till 3', store: { id: seeded.store.id } });
    const till3 = await signedIn(backend.url, paired.body.terminalKey, seeded.cashier);
    expect(till3.session.cashier.id).toBe(seeded.cashier.id);

    const again = await pair(code.code);
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'pairing_code_used' } } });
    const terminals = await backend.database.db
      .selectFrom('terminals')
      .select('id')
      .where('store_id', '=', seeded.store.id)
      .execute();
    expect(terminals).toHaveLength(3);
  });

  it('the terminal may choose its own name', async () => {
    const code = await newCode();
    const paired = await pair(code.code, 'Back office');
    expect(paired.body.terminal.name).toBe('Back office');
  });

  it('an expired code pairs nothing', async () => {
    const code = await newCode();
    offsetMs = TTL_MS + 1000;
    expect(await pair(code.code)).toMatchObject({ status: 410, body: { error: { code: 'pairing_code_expired' } } });
  });

  it('wrong codes count toward a limit; past it even a right code waits for the pause to end', async () => {
    const code = await newCode();
    expect((await pair('00000-00000')).body.error?.code).toBe('pairing_code_invalid');
    expect((await pair('not a code')).body.error?.code).toBe('pairing_code_invalid');
    const third = await pair('11111-11111');
    expect(third.status).toBe(429);
    expect(third.body.error?.code).toBe('pairing_locked');
    expect(Date.parse(third.body.error?.details?.lockedUntil ?? '')).toBeGreaterThan(Date.now());

    expect((await pair(code.code)).body.error?.code).toBe('pairing_locked');
    offsetMs = LOCK_MS + 1000;
    expect((await pair(code.code)).status).toBe(201);
  });

  it('a code belongs to its store: a terminal paired with it joins that store only', async () => {
    const other = await backend.seed.store({ name: 'Harbour Road' });
    const otherManager = (await signedIn(backend.url, other.terminal.key, other.manager)).api;
    const otherCode = (
      await otherManager.post<{ pairingCode: PairingCode }>('/v1/pairing-codes', { terminalName: 'H1' })
    ).body.pairingCode;
    expect(otherCode.storeId).toBe(other.store.id);
    const paired = await pair(otherCode.code);
    expect(paired.body.terminal.store.id).toBe(other.store.id);
    // This store's manager cannot sign in on the other store's new terminal.
    const signIn = await apiClient(backend.url, { key: paired.body.terminalKey }).post('/v1/sessions', {
      cashierId: seeded.manager.id,
      pin: seeded.manager.pin,
    });
    expect(signIn.status).toBe(401);
  });

  it('a cashier may not make a pairing code; nor may a caller without a terminal key', async () => {
    const cashier = (await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier)).api;
    expect(await cashier.post('/v1/pairing-codes', { terminalName: 'Till 9' })).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect((await pairing().post('/v1/pairing-codes', { terminalName: 'Till 9' })).status).toBe(401);
  });

  it('stores only an HMAC of the code; logs hold neither the code nor the key', async () => {
    const code = await createPairingCode(backend.ctx, {
      storeId: seeded.store.id,
      terminalName: 'Till 4',
      createdBy: 'admin',
    });
    const paired = await pair(code.code);
    expect(paired.status).toBe(201);
    const rows = await backend.database.db.selectFrom('pairing_codes').selectAll().execute();
    const stored = JSON.stringify(rows);
    const bare = code.code.replace('-', '');
    expect(stored).not.toContain(bare);
    expect(stored).not.toContain(paired.body.terminalKey);
    const log = logLines.join('');
    expect(log).toContain('terminal paired');
    expect(log).not.toContain(bare);
    expect(log).not.toContain(code.code);
    expect(log).not.toContain(paired.body.terminalKey);
  });
});
