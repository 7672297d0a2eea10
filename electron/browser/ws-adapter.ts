/**
 * The terminal API over a WebSocket, for browser mode. The upgrade is refused — before any
 * message is read — unless it carries a session cookie from a spent launch token
 * (launch-gate.ts) and comes from this server's own origin, so no other page or program on the
 * machine can drive the terminal.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  TERMINAL_EVENT_NAMES,
  WS_PATH,
  wsCallSchema,
  type Result,
  type TerminalApi,
  type TerminalMethodName,
  type WsServerMessage,
} from '../../shared/terminal-api.js';

/** Calls are small JSON objects; anything larger is not ours. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export interface UpgradeCheck {
  /** True when the Cookie header carries a session of this launch. */
  admits: (cookieHeader: string | undefined) => boolean;
  origin: () => string;
}

/** Why an upgrade is refused, as an HTTP status, or null when it may proceed. */
export function refusalStatus(request: IncomingMessage, check: UpgradeCheck): 401 | 403 | 404 | null {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== WS_PATH) return 404;
  if (!check.admits(request.headers.cookie)) return 401;
  if (request.headers.origin !== check.origin()) return 403;
  return null;
}

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' } as const;

function refuse(socket: Duplex, status: 401 | 403 | 404): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function send(socket: WebSocket, message: WsServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

async function answer(host: TerminalApi, socket: WebSocket, raw: string): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const call = wsCallSchema.safeParse(json);
  if (!call.success) {
    const id = (json as { id?: unknown } | undefined)?.id;
    if (typeof id === 'number') {
      send(socket, {
        type: 'result',
        id,
        result: { ok: false, error: { code: 'bad_request', message: 'not a call' } },
      });
    }
    return;
  }
  const method = host[call.data.method as TerminalMethodName] as (input: unknown) => Promise<Result<unknown>>;
  // Host methods answer with Results; a throw here would be a bug, still answered rather than dropped.
  const result = await method(call.data.input).catch((): Result<unknown> => ({
    ok: false,
    error: { code: 'internal_error', message: `${call.data.method} failed` },
  }));
  send(socket, { type: 'result', id: call.data.id, result });
}

/** Attaches the adapter to an HTTP server's upgrade event; returns a function that closes it. */
export function attachTerminalSocket(server: Server, host: TerminalApi, check: UpgradeCheck): () => Promise<void> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const status = refusalStatus(request, check);
    if (status !== null) return refuse(socket, status);
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  wss.on('connection', (socket: WebSocket) => {
    const unsubscribes = TERMINAL_EVENT_NAMES.map((event) =>
      host.on(event, (payload) => send(socket, { type: 'event', event, payload })),
    );
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      void answer(host, socket, data.toString());
    });
    socket.on('close', () => unsubscribes.forEach((unsubscribe) => unsubscribe()));
    socket.on('error', () => socket.terminate());
  });

  return () =>
    new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close(() => resolve());
    });
}
