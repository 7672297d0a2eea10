/**
 * Serves the built renderer from one folder, read-only, with the CSP and a few headers that stop
 * the page from being framed or sniffed. Paths cannot climb out of the folder.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.txt': 'text/plain; charset=utf-8',
};

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

export function createStaticHandler(staticDir: string, csp: () => string) {
  const root = normalize(staticDir).replace(/[/\\]+$/, '');

  function refuse(response: ServerResponse, status: number, text: string): void {
    response.writeHead(status, { ...securityHeaders(csp()), 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  }

  return async function serveStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'method not allowed');
    // Not `new URL()`: a request line of "//x" would be read as a host, not a path.
    const urlPath = (request.url ?? '/').split(/[?#]/)[0] || '/';
    const file = resolveInside(root, urlPath);
    if (file === null) return refuse(response, 404, 'not found');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return refuse(response, 404, 'not found');
    const isHashedAsset = urlPath.startsWith('/assets/');
    response.writeHead(200, {
      ...securityHeaders(csp()),
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(info.size),
      // Vite's assets/ files carry a content hash; everything else, the page first, must be fresh.
      'cache-control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
}
