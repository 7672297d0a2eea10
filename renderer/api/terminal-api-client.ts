/**
 * Picks the terminal API the renderer runs against: the one the Electron preload exposes, or, in
 * browser mode, a WebSocket to the host that served this page, authorised by the per-launch token
 * the host put in the URL fragment (a fragment never travels in an HTTP request).
 */
import { TERMINAL_API_GLOBAL, WS_PATH, type TerminalApi } from '../../shared/terminal-api.js';
import { createWsTerminalApi } from './ws-terminal-api.js';

export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token === null || token === '' ? null : token;
}

export function browserModeUrl(location: Pick<Location, 'protocol' | 'host' | 'hash'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const token = tokenFromHash(location.hash) ?? '';
  return `${scheme}//${location.host}${WS_PATH}?token=${encodeURIComponent(token)}`;
}

export function resolveTerminalApi(win: Window = window): TerminalApi {
  const exposed = (win as unknown as Record<string, unknown>)[TERMINAL_API_GLOBAL];
  if (exposed !== undefined && exposed !== null) return exposed as TerminalApi;
  return createWsTerminalApi({ url: browserModeUrl(win.location) });
}
