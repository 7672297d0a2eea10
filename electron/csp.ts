/**
 * The renderer's Content-Security-Policy, one definition for both modes. The renderer talks only
 * to its host: in Electron over IPC (no network at all), in browser mode over one WebSocket.
 */
export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["connect-src 'self'", ...extraConnectSources].join(' '),
    "img-src 'self' data: blob:",
    "media-src 'self' blob: mediastream:",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
