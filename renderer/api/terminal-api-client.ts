/**
 * Picks the terminal API the renderer runs against: the one the Electron preload exposes, or, in
 * browser mode, a WebSocket to the host that served this page, authorised by the session cookie
 * the host set when the page's single-use launch address was opened.
 */
import { TERMINAL_API_GLOBAL, WS_PATH, type TerminalApi } from '../../shared/terminal-api.js';
import { createWsTerminalApi } from './ws-terminal-api.js';

/**
 * The host's WebSocket on the host that served this page. No token in it: the browser sends the
 * HttpOnly session cookie the launch address gave it (electron/browser/launch-gate.ts).
 */
export function browserModeUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WS_PATH}`;
}

export function resolveTerminalApi(win: Window = window): TerminalApi {
  const exposed = (win as unknown as Record<string, unknown>)[TERMINAL_API_GLOBAL];
  if (exposed !== undefined && exposed !== null) return exposed as TerminalApi;
  return createWsTerminalApi({ url: browserModeUrl(win.location) });
}
