/**
 * Browser mode: one HTTP server on 127.0.0.1 that serves the built renderer and the terminal API
 * over a WebSocket. The page is opened at `<url>/#token=<token>`; the token never travels in a
 * request the server logs, and the socket refuses anyone without it.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TerminalApi } from '../../shared/terminal-api.js';
import { contentSecurityPolicy } from '../csp.js';
import { createStaticHandler } from './static-files.js';
import { attachTerminalSocket } from './ws-adapter.js';

export interface BrowserServerOptions {
  host: TerminalApi;
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  token: string;
  bindHost?: '127.0.0.1';
}

export interface BrowserServer {
  /** The server's origin, without the token. */
  url: string;
  port: number;
  /** The address to open in a browser: the URL with the token in its fragment. */
  launchUrl: string;
  close(): Promise<void>;
}

/** A fresh per-launch token: 32 random bytes, URL-safe. */
export function newLaunchToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const bindHost = options.bindHost ?? '127.0.0.1';
  let origin = '';
  // The CSP names the port, known only once the server listens.
  let csp = contentSecurityPolicy();
  const serveStatic = createStaticHandler(options.staticDir, () => csp);

  const server = createServer((request, response) => {
    serveStatic(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  // Idle keep-alive sockets would otherwise hold close() open.
  server.keepAliveTimeout = 2_000;
  const closeSocket = attachTerminalSocket(server, options.host, { token: options.token, origin: () => origin });

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
    launchUrl: `${origin}/#token=${options.token}`,
    async close() {
      await closeSocket();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
