import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { logFilePath } from '../../../electron/host/logger.js';
import { outboxPath } from '../../../electron/host/tenders/outbox.js';
import type { ConnectionState } from '../../../shared/terminal-api.js';
import { SESSION_TOKEN, TERMINAL_KEY, TEST_CODE, redemptionAnswer, signInAnswer } from './backend-fixtures.js';
import { closedPort, json, startLocalServer, type Responder } from './local-http-server.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fake protocol-v1 backend: answers sign-in, health and redemptions (one debit per key). */
const fakeBackend: Responder = (request, response) => {
  if (request.url === '/healthz') return json(response, 200, { ok: true });
  if (request.url === '/v1/sessions') return json(response, 201, signInAnswer());
  if (request.url === '/v1/redemptions') {
    const body = request.body as { idempotencyKey: string; amountMinor: number };
    return json(response, 201, redemptionAnswer(body.idempotencyKey, body.amountMinor));
  }
  json(response, 404, { error: { code: 'not_found', message: 'no such route' } });
};

async function hostFor(
  backendUrl: string | null,
  options: { redeemTimeoutMs?: number } = {},
): Promise<{ host: TerminalHost; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-host-'));
  const env = backendUrl ? { TILLCARD_BACKEND_URL: backendUrl, TILLCARD_TERMINAL_KEY: TERMINAL_KEY } : {};
  const host = await createTerminalHost({ terminalDir: dir, env, probeIntervalMs: 60_000, ...options });
  cleanups.push(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { host, dir };
}

async function backend(responder: Responder = fakeBackend) {
  const server = await startLocalServer(responder);
  cleanups.push(server.close);
  return server;
}

const redemptionsSent = (server: Awaited<ReturnType<typeof backend>>) =>
  server.received.filter((request) => request.url === '/v1/redemptions').length;

describe('terminal host', () => {
  it('without a key: status says not configured and backend calls say terminal_not_configured', async () => {
    const { host } = await hostFor(null);
    const status = await host.getStatus({});
    expect(status).toMatchObject({ ok: true, value: { configured: false, session: null, pendingCount: 0 } });
    const result = await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    expect(result).toMatchObject({ ok: false, error: { code: 'terminal_not_configured' } });
  });

  it('refuses invalid input with bad_request before doing anything', async () => {
    const server = await backend();
    const { host } = await hostFor(server.url);
    const result = await host.signIn({ cashierId: 'cashier-1', pin: 'abc' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(server.received.filter((request) => request.url === '/v1/sessions')).toHaveLength(0);
  });

  it('signs in, keeps the token to itself, and announces the session in a status event', async () => {
    const server = await backend();
    const { host, dir } = await hostFor(server.url);
    const statuses: unknown[] = [];
    host.on('status', (status) => statuses.push(status));
    const result = await host.signIn({ cashierId: 'cashier-1', pin: '4321' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain(SESSION_TOKEN);
    expect(statuses.at(-1)).toMatchObject({ session: { cashier: { name: 'Casey Cashier' } } });
    await host.signOut({});
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { session: null } });
    const log = await readFile(logFilePath(dir), 'utf8');
    for (const secret of ['4321', SESSION_TOKEN, TERMINAL_KEY]) expect(log).not.toContain(secret);
  });

  it('asks for a sign-in before a lookup or a redemption', async () => {
    const server = await backend();
    const { host } = await hostFor(server.url);
    const result = await host.lookupCard({ code: TEST_CODE });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('catches a mistyped code before any backend call', async () => {
    const server = await backend();
    const { host } = await hostFor(server.url);
    await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    const mistyped = `${TEST_CODE.slice(0, -1)}${TEST_CODE.endsWith('0') ? '1' : '0'}`;
    const result = await host.redeem({ tenderId: randomUUID(), code: mistyped, amountMinor: 100, currency: 'USD' });
    expect(result).toMatchObject({ ok: false, error: { code: 'code_malformed' } });
    expect(redemptionsSent(server)).toBe(0);
  });

  it('sends one redemption per tender: a double click joins, a repeat answers from the outbox', async () => {
    const server = await backend();
    const { host, dir } = await hostFor(server.url);
    await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    const typed = `${TEST_CODE.slice(0, 4)}-${TEST_CODE.slice(4, 10)}-${TEST_CODE.slice(10)}`.toLowerCase();
    const tender = { tenderId: randomUUID(), code: typed, amountMinor: 1250, currency: 'USD' };
    const [first, second] = await Promise.all([host.redeem(tender), host.redeem(tender)]);
    const third = await host.redeem(tender);
    expect(first).toMatchObject({ ok: true, value: { redemption: { amountMinor: 1250, balanceAfterMinor: 3750 } } });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(redemptionsSent(server)).toBe(1);
    const sent = server.received.find((request) => request.url === '/v1/redemptions');
    expect(sent?.body).toMatchObject({ code: TEST_CODE, amountMinor: 1250, currency: 'USD' });
    const outbox = await readFile(outboxPath(dir), 'utf8');
    expect(outbox).not.toContain(TEST_CODE);
    expect(
      outbox
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).state),
    ).toEqual(['sending', 'applied']);
  });

  it('a redemption without an answer is outcome_unknown, counted as pending, and blocks closing the shift', async () => {
    const server = await backend((request, response) => {
      if (request.url === '/v1/redemptions') return; // never answers
      fakeBackend(request, response);
    });
    const { host } = await hostFor(server.url, { redeemTimeoutMs: 200 });
    await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    const result = await host.redeem({ tenderId: randomUUID(), code: TEST_CODE, currency: 'USD' });
    expect(result).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { pendingCount: 1 } });
    expect(await host.closeShift({})).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
  });

  it('drops the session when the backend says it expired, and tells the renderer', async () => {
    const server = await backend((request, response) => {
      if (request.url === '/v1/cards/lookup') {
        return json(response, 401, { error: { code: 'session_expired', message: 'session ended' } });
      }
      fakeBackend(request, response);
    });
    const { host } = await hostFor(server.url);
    await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    const statuses: { session: unknown }[] = [];
    host.on('status', (status) => statuses.push(status));
    expect(await host.lookupCard({ code: TEST_CODE })).toMatchObject({ ok: false, error: { code: 'session_expired' } });
    expect(statuses.at(-1)).toMatchObject({ session: null });
    expect(await host.lookupCard({ code: TEST_CODE })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('keeps the cashier signed in when a manager mistypes their PIN', async () => {
    const server = await backend((request, response) => {
      if (request.url === '/v1/lockouts/unlock') {
        return json(response, 401, { error: { code: 'unauthorized', message: 'manager PIN not accepted' } });
      }
      fakeBackend(request, response);
    });
    const { host } = await hostFor(server.url);
    await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    const unlock = await host.unlockEntry({ managerId: '9001', managerPin: '0000' });
    expect(unlock).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { session: { cashier: { id: 'cashier-1' } } } });
  });

  it('signs out on the terminal even when the backend cannot be told', async () => {
    const server = await backend();
    const { host } = await hostFor(server.url);
    await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    await server.close();
    expect(await host.signOut({})).toEqual({ ok: true, value: { signedOut: true } });
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { session: null } });
  });

  it('reports the backend offline when it cannot be reached', async () => {
    const port = await closedPort();
    const { host } = await hostFor(`http://127.0.0.1:${port}`);
    const connection = vi.fn<(state: ConnectionState) => void>();
    host.on('connection', connection);
    const result = await host.signIn({ cashierId: 'cashier-1', pin: '1234' });
    expect(result).toMatchObject({ ok: false, error: { code: 'backend_unreachable' } });
    await vi.waitFor(async () => expect(await host.getStatus({})).toMatchObject({ value: { connection: 'offline' } }));
  });
});
