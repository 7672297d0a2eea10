/**
 * Wires the host to Electron's IPC: one handler per terminal-API method, each checking its sender
 * first, and every host event forwarded to the window. Takes Electron's objects as parameters so
 * it stays free of the 'electron' import and testable without it.
 */
import {
  TERMINAL_EVENT_NAMES,
  TERMINAL_METHOD_NAMES,
  fail,
  ipcChannel,
  type Result,
  type TerminalApi,
} from '../shared/terminal-api.js';

interface InvokeEvent {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface WindowContentsLike {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

export function wireTerminalIpc(
  ipcMain: IpcMainLike,
  host: TerminalApi,
  isTrustedSender: (event: InvokeEvent) => boolean,
  onRefused: (method: string, url: string | undefined) => void = () => undefined,
): () => void {
  for (const method of TERMINAL_METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        onRefused(method, event.senderFrame?.url);
        return fail({ code: 'forbidden', message: `${method}: refused a caller outside the app` });
      }
      const call = host[method] as (input: unknown) => Promise<Result<unknown>>;
      return call(input);
    });
  }
  return () => TERMINAL_METHOD_NAMES.forEach((method) => ipcMain.removeHandler(ipcChannel(method)));
}

/** Sends every host event to the window while it lives; returns a function that stops it. */
export function forwardHostEvents(host: TerminalApi, contents: WindowContentsLike): () => void {
  const unsubscribes = TERMINAL_EVENT_NAMES.map((event) =>
    host.on(event, (payload) => {
      if (!contents.isDestroyed()) contents.send(ipcChannel(event), payload);
    }),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
