import { afterEach, describe, expect, it } from 'vitest';
import { createBackendClient } from '../../../electron/host/backend-client.js';
import type { AppError } from '../../../shared/error-codes.js';
import { SESSION_TOKEN, TERMINAL_KEY, TEST_CODE, redemptionAnswer } from './backend-fixtures.js';
import { closedPort, json, startLocalServer } from './local-http-server.js';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(...args: Parameters<typeof startLocalServer>) {
  const server = await startLocalServer(...args);
  servers.push(server);
  return server;
}

const redeemBody = { code: TEST_CODE, amountMinor: 1250, currency: 'USD', idempotencyKey: 'key-0000-1111' };

function expectNoSecrets(error: AppError): void {
  for (const secret of [TEST_CODE, TERMINAL_KEY, SESSION_TOKEN]) expect(error.message).not.toContain(secret);
}

describe('backend client', () => {
  it('sends the key and session token as headers and returns the validated answer', async () => {
    const server = await serve((request, response) => json(response, 201, redemptionAnswer('key-0000-1111')));
    const client = createBackendClient({ backendUrl: server.url, terminalKey: TERMINAL_KEY });
    const result = await client.redeem(SESSION_TOKEN, redeemBody);
    expect(result).toEqual({ ok: true, value: redemptionAnswer('key-0000-1111') });
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/redemptions', body: redeemBody });
    expect(request?.headers.authorization).toBe(`Bearer ${TERMINAL_KEY}`);
    expect(request?.headers['x-session-token']).toBe(SESSION_TOKEN);
  });

  it("maps the backend's error body to the same code, message and details", async () => {
    const error = { code: 'insufficient_funds', message: 'balance too low', details: { balanceMinor: 500 } };
    const server = await serve((_request, response) => json(response, 409, { error }));
    const client = createBackendClient({ backendUrl: server.url, terminalKey: TERMINAL_KEY });
    expect(await client.redeem(SESSION_TOKEN, redeemBody)).toEqual({ ok: false, error });
    expect(await client.lookup(SESSION_TOKEN, { code: TEST_CODE })).toEqual({ ok: false, error });
  });

  it('a refused connection is backend_unreachable, for a redemption too (nothing was sent)', async () => {
    const port = await closedPort();
    const client = createBackendClient({ backendUrl: `http://127.0.0.1:${port}`, terminalKey: TERMINAL_KEY });
    for (const result of [
      await client.lookup(SESSION_TOKEN, { code: TEST_CODE }),
      await client.redeem(SESSION_TOKEN, redeemBody),
    ]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('backend_unreachable');
      expectNoSecrets(result.error);
    }
  });

  it('an unknown host name is backend_unreachable', async () => {
    const client = createBackendClient({ backendUrl: 'http://tillcard-backend.invalid', terminalKey: TERMINAL_KEY });
    const result = await client.redeem(SESSION_TOKEN, redeemBody);
    expect(result.ok ? null : result.error.code).toBe('backend_unreachable');
  });

  it('a redemption without an answer in time is outcome_unknown, never a decline', async () => {
    const server = await serve(() => undefined);
    const client = createBackendClient({
      backendUrl: server.url,
      terminalKey: TERMINAL_KEY,
      redeemTimeoutMs: 200,
      timeoutMs: 200,
    });
    const redeemed = await client.redeem(SESSION_TOKEN, redeemBody);
    expect(redeemed.ok ? null : redeemed.error.code).toBe('outcome_unknown');
    if (!redeemed.ok) expectNoSecrets(redeemed.error);
    const looked = await client.lookup(SESSION_TOKEN, { code: TEST_CODE });
    expect(looked.ok ? null : looked.error.code).toBe('backend_unreachable');
  });

  it('a connection lost after the redemption was sent is outcome_unknown', async () => {
    const server = await serve((_request, response) => response.socket?.destroy());
    const client = createBackendClient({ backendUrl: server.url, terminalKey: TERMINAL_KEY });
    const result = await client.redeem(SESSION_TOKEN, redeemBody);
    expect(result.ok ? null : result.error.code).toBe('outcome_unknown');
    expect(server.received).toHaveLength(1);
  });

  it('a 502 from something in between is outcome_unknown for a redemption, internal_error otherwise', async () => {
    const server = await serve((_request, response) => response.writeHead(502).end('Bad Gateway'));
    const client = createBackendClient({ backendUrl: server.url, terminalKey: TERMINAL_KEY });
    const redeemed = await client.redeem(SESSION_TOKEN, redeemBody);
    expect(redeemed.ok ? null : redeemed.error.code).toBe('outcome_unknown');
    const looked = await client.lookup(SESSION_TOKEN, { code: TEST_CODE });
    expect(looked.ok ? null : looked.error.code).toBe('internal_error');
  });

  it("the backend's own internal_error on a redemption is outcome_unknown: its database may have committed", async () => {
    const error = { code: 'internal_error', message: 'internal error' };
    const server = await serve((_request, response) => json(response, 500, { error }));
    const client = createBackendClient({ backendUrl: server.url, terminalKey: TERMINAL_KEY });
    const redeemed = await client.redeem(SESSION_TOKEN, redeemBody);
    expect(redeemed.ok ? null : redeemed.error.code).toBe('outcome_unknown');
    // A sale puts money on the card: the same holds.
    const sold = await client.activate(SESSION_TOKEN, redeemBody);
    expect(sold.ok ? null : sold.error.code).toBe('outcome_unknown');
    expect(await client.lookup(SESSION_TOKEN, { code: TEST_CODE })).toEqual({ ok: false, error });
  });

  it('a 2xx answer of the wrong shape is not taken as a success', async () => {
    const server = await serve((_request, response) => json(response, 201, { redemption: { id: 'x' } }));
    const client = createBackendClient({ backendUrl: server.url, terminalKey: TERMINAL_KEY });
    const redeemed = await client.redeem(SESSION_TOKEN, redeemBody);
    expect(redeemed.ok ? null : redeemed.error.code).toBe('outcome_unknown');
    const looked = await client.lookup(SESSION_TOKEN, { code: TEST_CODE });
    expect(looked.ok ? null : looked.error.code).toBe('internal_error');
  });

  it('health is ok only for {ok:true}', async () => {
    const server = await serve((_request, response) => json(response, 200, { ok: true }));
    const client = createBackendClient({ backendUrl: server.url, terminalKey: TERMINAL_KEY });
    expect((await client.health()).ok).toBe(true);
    expect(server.received[0]?.url).toBe('/healthz');
  });
});
