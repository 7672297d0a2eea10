import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LaunchGate, LAUNCH_TOKEN_TTL_MS } from '../../../electron/browser/launch-gate.js';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser/server.js';
import { createHostEvents } from '../../../electron/host/events.js';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { WS_PATH, type WsServerMessage } from '../../../shared/terminal-api.js';
import { spendLaunchUrl } from '../../fixtures/browser-launch.js';

let dir: string;
let host: TerminalHost;
let server: BrowserServer;
let now = 0;
const sockets: WebSocket[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-browser-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Tillcard</title>');
  // An unconfigured host is enough to answer getStatus; it never reaches a backend.
  host = await createTerminalHost({ terminalDir: join(dir, 'terminal'), env: {}, probeIntervalMs: 60_000 });
  now = Date.now();
  const gate = new LaunchGate(() => now);
  server = await startBrowserServer({ host, staticDir: dir, port: 0, bindHost: '127.0.0.1', gate });
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens a socket and resolves with the HTTP status of a refused upgrade, or the open socket. */
function connect(cookie: string, origin: string | undefined): Promise<{ status: number } | { socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const headers = cookie === '' ? {} : { cookie };
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${WS_PATH}`, { headers, ...(origin ? { origin } : {}) });
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
  it('exchanges a launch address once for an HttpOnly, SameSite=Strict session cookie', async () => {
    const launchUrl = server.newLaunchUrl();
    expect(launchUrl).toMatch(new RegExp(`^${server.url}/launch\\?token=[\\w-]{43}$`));
    const first = await fetch(launchUrl, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('set-cookie')).toMatch(/^tillcard_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
    // Used: refused, so what a terminal's scroll-back shows is worthless.
    const again = await fetch(launchUrl, { redirect: 'manual' });
    expect(again.status).toBe(401);
    expect(again.headers.get('set-cookie')).toBeNull();
    // The browser that holds the session goes on (a reload, the customer display's window).
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const reload = await fetch(`${launchUrl}&to=customer`, { redirect: 'manual', headers: { cookie } });
    expect(reload.status).toBe(303);
    expect(reload.headers.get('location')).toBe('/#/customer');
  });

  it('refuses a launch address after its minute', async () => {
    const launchUrl = server.newLaunchUrl();
    now += LAUNCH_TOKEN_TTL_MS;
    expect((await fetch(launchUrl, { redirect: 'manual' })).status).toBe(401);
  });

  it('refuses an upgrade without a session cookie, or with a made-up one, with 401', async () => {
    expect(await connect('', server.url)).toEqual({ status: 401 });
    expect(await connect('tillcard_session=made-up', server.url)).toEqual({ status: 401 });
    const { cookie } = await spendLaunchUrl(server.newLaunchUrl());
    expect(await connect(`${cookie}x`, server.url)).toEqual({ status: 401 });
    // The launch token itself is no way in: the socket takes the session only.
    const token = new URL(server.newLaunchUrl()).searchParams.get('token') ?? '';
    expect(await connect(`tillcard_session=${token}`, server.url)).toEqual({ status: 401 });
  });

  it('refuses the right session from another origin, or from no origin, with 403', async () => {
    const { cookie } = await spendLaunchUrl(server.newLaunchUrl());
    expect(await connect(cookie, 'http://evil.example')).toEqual({ status: 403 });
    expect(await connect(cookie, `http://localhost:${server.port}`)).toEqual({ status: 403 });
    expect(await connect(cookie, undefined)).toEqual({ status: 403 });
  });

  it('answers calls with the session and origin, and rejects bad input as bad_request', async () => {
    const { cookie } = await spendLaunchUrl(server.newLaunchUrl());
    const opened = await connect(cookie, server.url);
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
      bindHost: '127.0.0.1',
    });
    try {
      const { cookie } = await spendLaunchUrl(eventServer.newLaunchUrl());
      const socket = new WebSocket(`ws://127.0.0.1:${eventServer.port}${WS_PATH}`, {
        origin: eventServer.url,
        headers: { cookie },
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
