/**
 * The terminal API over the browser-mode WebSocket. It speaks the wsCallSchema / WsServerMessage
 * shapes of shared/terminal-api.ts, reconnects with back-off, and never throws: a call made while
 * the host is not connected answers at once with a local error instead of waiting forever.
 */
import type {
  EventPayload,
  MethodInput,
  MethodOutput,
  Result,
  TerminalApi,
  TerminalEventName,
  TerminalMethodName,
  TerminalMethods,
  WsCall,
  WsServerMessage,
} from '../../shared/terminal-api.js';
import { TERMINAL_METHOD_NAMES } from '../../shared/terminal-api.js';
import type { AppError } from '../../shared/error-codes.js';
import { DEFAULT_BACKOFF, backoffDelayMs, type BackoffOptions } from '../../shared/backoff.js';
import { createListenerRegistry } from './listeners.js';

export interface WsTerminalApiOptions {
  url: string;
  backoff?: BackoffOptions;
  /** How long a call made while the first connection is still opening may wait for it. */
  connectWaitMs?: number;
  createSocket?: (url: string) => WebSocket;
}

export interface WsTerminalApi extends TerminalApi {
  close(): void;
}

// WebSocket readyState values, spelled out so the client also runs where no global WebSocket exists.
const SOCKET_CONNECTING = 0;
const SOCKET_OPEN = 1;

type PendingCall = { method: TerminalMethodName; resolve: (result: Result<unknown>) => void };

const NOT_CONNECTED: AppError = {
  code: 'backend_unreachable',
  message: 'not connected to the terminal host; reconnecting',
};
/** A redemption in flight when the link drops may have been applied: never report it as declined. */
const LOST_IN_FLIGHT: AppError = {
  code: 'outcome_unknown',
  message: 'connection to the terminal host lost while a redemption was in flight',
};

export function createWsTerminalApi(options: WsTerminalApiOptions): WsTerminalApi {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const connectWaitMs = options.connectWaitMs ?? 3_000;
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url));
  const listeners = createListenerRegistry();
  const pending = new Map<number, PendingCall>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let attempt = 0;
  let closed = false;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let openWaiters: Array<() => void> = [];

  function connect(): void {
    const current = createSocket(options.url);
    socket = current;
    current.onopen = () => {
      attempt = 0;
      openWaiters.forEach((wake) => wake());
      openWaiters = [];
      void refreshStatusAfterReconnect();
    };
    current.onmessage = (event) => handleMessage(String(event.data));
    current.onclose = () => {
      if (socket !== current) return;
      socket = null;
      failInFlight();
      listeners.emit('connection', 'offline');
      if (!closed) reconnectTimer = setTimeout(connect, backoffDelayMs(attempt++, backoff));
    };
  }

  async function refreshStatusAfterReconnect(): Promise<void> {
    const status = await call('getStatus', {});
    if (status.ok) listeners.emit('status', status.value);
  }

  function failInFlight(): void {
    for (const [id, entry] of pending) {
      pending.delete(id);
      entry.resolve({ ok: false, error: entry.method === 'redeem' ? LOST_IN_FLIGHT : NOT_CONNECTED });
    }
  }

  function handleMessage(text: string): void {
    let message: WsServerMessage;
    try {
      message = JSON.parse(text) as WsServerMessage;
    } catch {
      return;
    }
    if (message.type === 'result') {
      const entry = pending.get(message.id);
      pending.delete(message.id);
      entry?.resolve(message.result);
    } else if (message.type === 'event') {
      listeners.emit(message.event, message.payload as EventPayload<typeof message.event>);
    }
  }

  function waitForOpen(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, connectWaitMs);
      openWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async function call<K extends TerminalMethodName>(
    method: K,
    input: MethodInput<K>,
  ): Promise<Result<MethodOutput<K>>> {
    if (socket?.readyState === SOCKET_CONNECTING) await waitForOpen();
    const current = socket;
    if (current === null || current.readyState !== SOCKET_OPEN) return { ok: false, error: NOT_CONNECTED };
    const id = nextId++;
    const wsCall: WsCall = { id, method, input };
    return new Promise((resolve) => {
      pending.set(id, { method, resolve: resolve as (result: Result<unknown>) => void });
      current.send(JSON.stringify(wsCall));
    });
  }

  const methods = Object.fromEntries(
    TERMINAL_METHOD_NAMES.map((method) => [method, (input: unknown) => call(method, input as never)]),
  ) as unknown as TerminalMethods;

  connect();

  return {
    ...methods,
    on<E extends TerminalEventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return listeners.add(event, listener);
    },
    close() {
      closed = true;
      clearTimeout(reconnectTimer);
      socket?.close();
      failInFlight();
    },
  };
}
