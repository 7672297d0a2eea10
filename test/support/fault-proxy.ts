/**
 * A fault-injecting HTTP proxy for tests: it sits between the terminal host and the backend and,
 * for the requests a rule matches, loses what the network can lose. Modes:
 * - drop-response: forward, let the backend commit, then cut the client's connection unanswered;
 * - drop-request: cut the connection before anything reaches the backend;
 * - delay-request: hold the request for delayMs (past the host's timeout), then forward it;
 * - delay-response: forward at once, hold the answer for delayMs, then send it (if anyone listens);
 * - cut-mid-body: forward, send the status line and half of the body, then cut;
 * - duplicate: forward the same request twice and answer with the first answer;
 * - blackhole (a switch, not a rule): cut every connection at once — the backend is unreachable.
 * Bounded: bodies over 1 MiB are refused and close() ends every socket and timer it made.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultMode =
  'drop-response' | 'drop-request' | 'delay-request' | 'delay-response' | 'cut-mid-body' | 'duplicate';

export interface FaultRule {
  mode: FaultMode;
  /** Which requests: by method and path prefix. Default: POST /v1/redemptions. */
  method?: string;
  pathPrefix?: string;
  /** How many matching requests to hit; then the rule is spent. Default 1. */
  times?: number;
  delayMs?: number;
}

export interface ProxyLogEntry {
  method: string;
  path: string;
  fault: FaultMode | 'blackhole' | null;
  /** What the backend answered, when it was asked. */
  upstreamStatus?: number;
}

export interface FaultProxy {
  url: string;
  port: number;
  addRule(rule: FaultRule): void;
  /** Forgets every rule not yet spent: from now on requests pass. */
  clearRules(): void;
  /** True: every request is cut at once, as if the backend were gone. */
  setBlackhole(on: boolean): void;
  readonly log: readonly ProxyLogEntry[];
  /** Resolves when every delayed request or answer has been let go. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

interface Upstream {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export async function startFaultProxy(backendUrl: string, options: { port?: number } = {}): Promise<FaultProxy> {
  const target = new URL(backendUrl);
  const rules: (FaultRule & { left: number })[] = [];
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const delayed = new Set<Promise<unknown>>();
  let blackhole = false;

  const wait = (delayMs: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, delayMs);
      timers.add(timer);
    });

  function forward(request: IncomingMessage, body: Buffer): Promise<Upstream> {
    return new Promise((resolve, reject) => {
      const headers = { ...request.headers, host: target.host, 'content-length': String(body.length) };
      const outgoing = httpRequest(
        { host: target.hostname, port: target.port, path: request.url, method: request.method, headers },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  function takeRule(method: string, path: string): FaultRule | undefined {
    const rule = rules.find(
      (candidate) =>
        candidate.left > 0 &&
        (candidate.method ?? 'POST') === method &&
        path.startsWith(candidate.pathPrefix ?? '/v1/redemptions'),
    );
    if (rule) rule.left -= 1;
    return rule;
  }

  function reply(response: ServerResponse, upstream: Upstream): void {
    const headers = { ...upstream.headers };
    delete headers['transfer-encoding'];
    headers['content-length'] = String(upstream.body.length);
    response.writeHead(upstream.status, headers);
    response.end(upstream.body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void> {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const entry: ProxyLogEntry = { method, path, fault: blackhole ? 'blackhole' : null };
    log.push(entry);
    if (blackhole) return void request.socket.destroy();
    const rule = takeRule(method, path);
    entry.fault = rule?.mode ?? null;
    const delayMs = rule?.delayMs ?? 0;
    switch (rule?.mode) {
      case 'drop-request':
        return void request.socket.destroy();
      case 'delay-request': {
        // The client gives up meanwhile; the late copy still reaches the backend, as on a real network.
        const late = wait(delayMs)
          .then(() => forward(request, body))
          .then((upstream) => {
            entry.upstreamStatus = upstream.status;
            return upstream;
          });
        delayed.add(late);
        const upstream = await late.finally(() => delayed.delete(late));
        if (!response.destroyed) reply(response, upstream);
        return;
      }
      case 'drop-response': {
        const upstream = await forward(request, body);
        entry.upstreamStatus = upstream.status;
        return void request.socket.destroy();
      }
      case 'delay-response': {
        const upstream = await forward(request, body);
        entry.upstreamStatus = upstream.status;
        const late = wait(delayMs);
        delayed.add(late);
        await late.finally(() => delayed.delete(late));
        if (!response.destroyed) reply(response, upstream);
        return;
      }
      case 'cut-mid-body': {
        const upstream = await forward(request, body);
        entry.upstreamStatus = upstream.status;
        response.writeHead(upstream.status, {
          'content-type': 'application/json',
          'content-length': String(upstream.body.length),
        });
        response.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)));
        // Let the half body leave before the cut, so the client sees a body cut short.
        await new Promise<void>((resolve) => setImmediate(resolve));
        return void request.socket.destroy();
      }
      case 'duplicate': {
        const first = await forward(request, body);
        const second = await forward(request, body);
        entry.upstreamStatus = first.status;
        log.push({ method, path, fault: 'duplicate', upstreamStatus: second.status });
        return reply(response, first);
      }
      default: {
        const upstream = await forward(request, body);
        entry.upstreamStatus = upstream.status;
        return reply(response, upstream);
      }
    }
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) request.socket.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      handle(request, response, Buffer.concat(chunks)).catch(() => request.socket.destroy());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    addRule: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    clearRules: () => {
      rules.length = 0;
    },
    setBlackhole: (on) => {
      blackhole = on;
    },
    log,
    async settled() {
      while (delayed.size > 0) await Promise.allSettled([...delayed]);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
