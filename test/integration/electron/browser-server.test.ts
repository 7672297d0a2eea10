import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserServer, newLaunchToken, type BrowserServer } from '../../../electron/browser/server.js';
import { createHostEvents } from '../../../electron/host/events.js';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { WS_PATH, type WsServerMessage } from '../../../shared/terminal-api.js';

let dir: string;
let host: TerminalHost;
let server: BrowserServer;
let token: string;
const sockets: WebSocket[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-browser-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Tillcard</title>');
  // An unconfigured host is enough to answer getStatus; it never reaches a backend.
  host = await createTerminalHost({ terminalDir: join(dir, 'terminal'), env: {}, probeIntervalMs: 60_000 });
  token = newLaunchToken();
  server = await startBrowserServer({ host, staticDir: dir, port: 0, token, bindHost: '127.0.0.1' });
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens a socket and resolves with the HTTP status of a refused upgrade, or the open socket. */
function connect(query: string, origin: string | undefined): Promise<{ status: number } | { socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${WS_PATH}${query}`, origin ? { origin } : {});
    sockets.push(socket);
    socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode ?? 0 }));
    socket.once('open', () => resolve({ socket }));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket, match: (message: WsServerMessage) => boolean): Promise<WsServerMessage> {
  return new Promise((resolve) => {
    const listener = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as WsServerMessage;
      if (!match(message)) return;
      socket.off('message', listener);
      resolve(message);
    };
    socket.on('message', listener);
  });
}

describe('browser-mode server', () => {
  it('refuses an upgrade without the token, or with a wrong one, with 401', async () => {
    expect(await connect('', server.url)).toEqual({ status: 401 });
    expect(await connect(`?token=${newLaunchToken()}`, server.url)).toEqual({ status: 401 });
    expect(await connect(`?token=${token.slice(0, -1)}`, server.url)).toEqual({ status: 401 });
  });

  it('refuses the right token from another origin, or from no origin, with 403', async () => {
    expect(await connect(`?token=${token}`, 'http://evil.example')).toEqual({ status: 403 });
    expect(await connect(`?token=${token}`, `http://localhost:${server.port}`)).toEqual({ status: 403 });
    expect(await connect(`?token=${token}`, undefined)).toEqual({ status: 403 });
  });

  it('answers calls with the right token and origin, and rejects bad input as bad_request', async () => {
    const opened = await connect(`?token=${token}`, server.url);
    if (!('socket' in opened)) throw new Error(`upgrade refused with ${opened.status}`);
    const { socket } = opened;
    const status = nextMessage(socket, (message) => message.type === 'result' && message.id === 1);
    socket.send(JSON.stringify({ id: 1, method: 'getStatus', input: {} }));
    expect(await status).toMatchObject({ type: 'result', id: 1, result: { ok: true, value: { configured: false } } });

    const bad = nextMessage(socket, (message) => message.type === 'result' && message.id === 2);
    socket.send(JSON.stringify({ id: 2, method: 'signIn', input: { cashierId: 'c', pin: 'letters' } }));
    expect(await bad).toMatchObject({ result: { ok: false, error: { code: 'bad_request' } } });

    const unknown = nextMessage(socket, (message) => message.type === 'result' && message.id === 3);
    socket.send(JSON.stringify({ id: 3, method: 'deleteEverything', input: {} }));
    expect(await unknown).toMatchObject({ result: { ok: false, error: { code: 'bad_request' } } });
  });

  it('pushes host events to a connected page', async () => {
    const events = createHostEvents();
    const eventHost = { ...host, on: events.on };
    const eventServer = await startBrowserServer({
      host: eventHost,
      staticDir: dir,
      port: 0,
      token,
      bindHost: '127.0.0.1',
    });
    try {
      const socket = new WebSocket(`ws://127.0.0.1:${eventServer.port}${WS_PATH}?token=${token}`, {
        origin: eventServer.url,
      });
      sockets.push(socket);
      await new Promise((resolve) => socket.once('open', resolve));
      const pushed = nextMessage(socket, (message) => message.type === 'event');
      events.emit('connection', 'offline');
      expect(await pushed).toEqual({ type: 'event', event: 'connection', payload: 'offline' });
    } finally {
      await eventServer.close();
    }
  });

  it('serves the renderer with the strict CSP naming its own WebSocket', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${server.port}`);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain('Tillcard');
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});
