import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { createWsTerminalApi, type WsTerminalApi } from '../../../renderer/api/ws-terminal-api.js';
import { browserModeUrl, resolveTerminalApi, tokenFromHash } from '../../../renderer/api/terminal-api-client.js';
import { backoffDelayMs } from '../../../shared/backoff.js';
import type { TerminalStatus, WsServerMessage } from '../../../shared/terminal-api.js';
import { wsCallSchema } from '../../../shared/terminal-api.js';

const status: TerminalStatus = {
  configured: true,
  backendUrl: 'http://127.0.0.1:1',
  connection: 'online',
  session: null,
  pendingCount: 2,
  version: 'test',
};

type Behaviour = 'answer' | 'drop';
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function startHost(port = 0, behaviour: { redeem: Behaviour } = { redeem: 'answer' }) {
  const server = new WebSocketServer({ host: '127.0.0.1', port });
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const call = wsCallSchema.parse(JSON.parse(String(data)));
      if (call.method === 'redeem' && behaviour.redeem === 'drop') return socket.terminate();
      const message: WsServerMessage = { type: 'result', id: call.id, result: { ok: true, value: status } };
      socket.send(JSON.stringify(message));
    });
  });
  const close = () => {
    for (const client of server.clients) client.terminate();
    return new Promise((resolve) => server.close(resolve));
  };
  cleanups.push(() => void close());
  return { server, port: (server.address() as AddressInfo).port, close };
}

function client(port: number): WsTerminalApi {
  const api = createWsTerminalApi({
    url: `ws://127.0.0.1:${port}/terminal-api?token=t`,
    backoff: { initialDelayMs: 20, maxDelayMs: 100, jitterRatio: 0 },
    createSocket: (url) => new NodeWebSocket(url) as unknown as WebSocket,
  });
  cleanups.push(() => api.close());
  return api;
}

const redeemInput = { tenderId: crypto.randomUUID(), code: 'AS25NJZ1JXCZCP5', currency: 'USD' };

describe('browser-mode terminal API client', () => {
  it('answers a call with the host result, waiting for the first connection', async () => {
    const host = await startHost();
    const result = await client(host.port).getStatus({});
    expect(result).toEqual({ ok: true, value: status });
  });

  it('fails at once with a local error while the host is down, and reconnects when it is back', async () => {
    const host = await startHost();
    const api = client(host.port);
    expect((await api.getStatus({})).ok).toBe(true);
    const offline = new Promise((resolve) => api.on('connection', resolve));
    await host.close();
    expect(await offline).toBe('offline');

    const whileDown = await api.lookupCard({ code: 'AS25NJZ1JXCZCP5' });
    expect(whileDown).toEqual({ ok: false, error: expect.objectContaining({ code: 'backend_unreachable' }) });

    const statusPushed = new Promise<TerminalStatus>((resolve) => api.on('status', resolve));
    await startHost(host.port);
    expect((await statusPushed).pendingCount).toBe(2);
    expect((await api.getStatus({})).ok).toBe(true);
  });

  it('reports a redemption in flight when the link drops as outcome unknown, never as declined', async () => {
    const host = await startHost(0, { redeem: 'drop' });
    const api = client(host.port);
    const result = await api.redeem(redeemInput);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'outcome_unknown' }) });
  });
});

describe('choosing the terminal API', () => {
  it('uses the API the Electron preload exposes, as it is', () => {
    const exposed = { getStatus: async () => ({ ok: true, value: status }) };
    const win = { tillcard: exposed, location: { protocol: 'app:', host: 'terminal', hash: '' } };
    expect(resolveTerminalApi(win as unknown as Window)).toBe(exposed);
  });
});

describe('browser-mode URL', () => {
  it('takes the token from the fragment and targets the WebSocket path on the same host', () => {
    expect(tokenFromHash('#token=abc%2B1')).toBe('abc+1');
    expect(tokenFromHash('')).toBeNull();
    expect(browserModeUrl({ protocol: 'http:', host: '127.0.0.1:4100', hash: '#token=abc' })).toBe(
      'ws://127.0.0.1:4100/terminal-api?token=abc',
    );
  });

  it('backs off by doubling up to the cap', () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1_000, jitterRatio: 0.5 };
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelayMs(attempt, options, () => 0))).toEqual([
      100, 200, 400, 800, 1_000,
    ]);
    expect(backoffDelayMs(0, options, () => 1)).toBe(50);
  });
});
