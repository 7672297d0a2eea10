/**
 * Browser mode: one HTTP server on 127.0.0.1 that serves the built renderer and the terminal API
 * over a WebSocket. The page is opened at `<url>/launch?token=<token>`: a single-use token, good
 * for a minute, that the server exchanges for an HttpOnly, SameSite=Strict session cookie and a
 * redirect to the page (launch-gate.ts). The socket refuses anyone without that cookie. The server
 * logs no request, so the token is in no log.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TerminalApi } from '../../shared/terminal-api.js';
import { CUSTOMER_DISPLAY_ROUTE } from '../../shared/customer-display.js';
import { contentSecurityPolicy } from '../csp.js';
import { LaunchGate, sessionCookie } from './launch-gate.js';
import { createStaticHandler, securityHeaders } from '../renderer-files.js';
import { attachTerminalSocket } from './ws-adapter.js';

/** The address a launch token is spent at. */
export const LAUNCH_PATH = '/launch';

export interface BrowserServerOptions {
  host: TerminalApi;
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  bindHost?: '127.0.0.1';
  /** Tests pass their own (a clock); by default a fresh gate. */
  gate?: LaunchGate;
}

export interface BrowserServer {
  /** The server's origin, without the token. */
  url: string;
  port: number;
  /** A new address to open in a browser: a single-use launch token, good for LAUNCH_TOKEN_TTL_MS. */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

/** Where a launch leads: the cashier page, or the customer display (`to=customer`). */
function launchTarget(url: URL): string {
  return url.searchParams.get('to') === 'customer' ? `/#${CUSTOMER_DISPLAY_ROUTE}` : '/';
}

/**
 * GET /launch?token=…: spends the token for a session cookie and sends the browser on to the page.
 * A used or expired token is refused — unless this browser already holds a session (a reload of
 * the launch address, a second window such as the customer display), which simply goes on.
 */
function handleLaunch(gate: LaunchGate, request: IncomingMessage, response: ServerResponse, csp: string): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const headers = { ...securityHeaders(csp), 'cache-control': 'no-store' };
  const session = gate.exchange(url.searchParams.get('token') ?? '');
  if (session !== null || gate.admits(request.headers.cookie)) {
    response.writeHead(303, {
      ...headers,
      location: launchTarget(url),
      ...(session === null ? {} : { 'set-cookie': sessionCookie(session) }),
    });
    return void response.end();
  }
  response.writeHead(401, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
  response.end('This launch address was used already or has expired. Start the terminal again for a new one.\n');
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const bindHost = options.bindHost ?? '127.0.0.1';
  let origin = '';
  // The CSP names the port, known only once the server listens.
  let csp = contentSecurityPolicy();
  const serveStatic = createStaticHandler(options.staticDir, () => csp);
  const gate = options.gate ?? new LaunchGate();

  const server = createServer((request, response) => {
    if (request.method === 'GET' && (request.url ?? '').split('?')[0] === LAUNCH_PATH)
      return handleLaunch(gate, request, response, csp);
    serveStatic(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  // Idle keep-alive sockets would otherwise hold close() open.
  server.keepAliveTimeout = 2_000;
  const closeSocket = attachTerminalSocket(server, options.host, {
    admits: (cookie) => gate.admits(cookie),
    origin: () => origin,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${bindHost}:${port}`;
  csp = contentSecurityPolicy([`ws://${bindHost}:${port}`]);

  return {
    url: origin,
    port,
    newLaunchUrl: () => `${origin}${LAUNCH_PATH}?token=${gate.mint()}`,
    async close() {
      await closeSocket();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
