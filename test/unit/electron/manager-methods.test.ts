import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTerminalHost } from '../../../electron/host/handlers.js';
import { logFilePath } from '../../../electron/host/logger.js';
import { SESSION_TOKEN, TERMINAL_KEY, TEST_CODE, signInAnswer } from './backend-fixtures.js';
import { json, startLocalServer, type Responder } from './local-http-server.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const card = { last4: TEST_CODE.slice(-4), status: 'frozen', currency: 'USD', region: 'US', balanceMinor: 2500 };
const fullCard = { ...card, expiresAt: null, lastActivityAt: null, frozenReason: 'lost' };

/** Answers sign-in and the manager calls; a manager PIN other than 9876 is refused. */
const managerBackend: Responder = (request, response) => {
  if (request.url === '/healthz') return json(response, 200, { ok: true });
  if (request.url === '/v1/sessions') return json(response, 201, signInAnswer());
  const body = (request.body ?? {}) as { managerPin?: string };
  if (body.managerPin !== undefined && body.managerPin !== '9876') {
    return json(response, 403, { error: { code: 'manager_pin_wrong', message: 'wrong manager PIN' } });
  }
  if (request.url === '/v1/cards/freeze') return json(response, 200, { card: fullCard });
  if (request.url.startsWith('/v1/redemptions/') && request.url.endsWith('/void')) {
    const voided = { id: 'void_1', redemptionId: 'rdm_1', amountMinor: 500, currency: 'USD', card: { last4: 'ABCD' } };
    return json(response, 200, {
      void: { ...voided, managerId: '9001', reason: 'mistake', createdAt: '2026-11-22T10:00:00.000Z' },
      balanceAfterMinor: 3000,
    });
  }
  if (request.url.startsWith('/v1/reports/shifts')) {
    return json(response, 403, { error: { code: 'forbidden', message: 'managers only' } });
  }
  json(response, 404, { error: { code: 'not_found', message: 'no such route' } });
};

async function signedInHost() {
  const server = await startLocalServer(managerBackend);
  cleanups.push(server.close);
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-manager-'));
  const env = { TILLCARD_BACKEND_URL: server.url, TILLCARD_TERMINAL_KEY: TERMINAL_KEY };
  const host = await createTerminalHost({ terminalDir: dir, env, probeIntervalMs: 60_000 });
  cleanups.push(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });
  expect((await host.signIn({ cashierId: '1001', pin: '1234' })).ok).toBe(true);
  return { host, server, dir };
}

describe('manager methods of the terminal host', () => {
  it('voids a redemption by id in the session, with the manager approval in the body', async () => {
    const { host, server } = await signedInHost();
    const approval = { managerId: '9001', managerPin: '9876', reason: 'mistake' };
    const result = await host.voidRedemption({ redemptionId: 'rdm_1', ...approval });
    expect(result).toMatchObject({ ok: true, value: { balanceAfterMinor: 3000 } });
    const sent = server.received.find((request) => request.url === '/v1/redemptions/rdm_1/void');
    expect(sent?.body).toEqual(approval);
    expect(sent?.headers['x-session-token']).toBe(SESSION_TOKEN);
  });

  it('a wrong manager PIN keeps the cashier signed in and the PIN and code stay out of the log', async () => {
    const { host, dir } = await signedInHost();
    const refused = await host.freezeCard({ code: TEST_CODE, managerId: '9001', managerPin: '1111', reason: 'lost' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'manager_pin_wrong' } });
    const status = await host.getStatus({});
    expect(status.ok && status.value.session).not.toBeNull();
    const frozen = await host.freezeCard({ code: TEST_CODE, managerId: '9001', managerPin: '9876', reason: 'lost' });
    expect(frozen).toMatchObject({ ok: true, value: { card: { status: 'frozen' } } });
    const log = await readFile(logFilePath(dir), 'utf8').catch(() => '');
    expect(log).not.toContain(TEST_CODE);
    expect(log).not.toContain('9876');
  });

  it('refuses a mistyped code on the terminal before any backend call', async () => {
    const { host, server } = await signedInHost();
    const mistyped = `${TEST_CODE.slice(0, -1)}${TEST_CODE.endsWith('0') ? '1' : '0'}`;
    const input = { code: TEST_CODE, toCode: mistyped, managerId: '9001', managerPin: '9876', reason: 'lost' };
    expect(await host.transferBalance(input)).toMatchObject({ ok: false, error: { code: 'code_malformed' } });
    expect(server.received.some((request) => request.url === '/v1/cards/transfer')).toBe(false);
  });

  it('passes a cashier session’s 403 on the shift report through as forbidden', async () => {
    const { host } = await signedInHost();
    const range = { from: '2026-11-22T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' };
    expect(await host.shiftReport(range)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
