import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../electron/renderer-files.js';
import { LaunchGate, LAUNCH_TOKEN_TTL_MS, SESSION_COOKIE } from '../../../electron/browser/launch-gate.js';
import { contentSecurityPolicy } from '../../../electron/csp.js';

describe('static file paths', () => {
  it.each([
    ['/', '/srv/renderer/index.html'],
    ['/index.html', '/srv/renderer/index.html'],
    ['/assets/index-abc.js', '/srv/renderer/assets/index-abc.js'],
    ['/assets/../index.html', '/srv/renderer/index.html'],
  ])('%s is served from inside the folder', (urlPath, file) => {
    expect(resolveInside('/srv/renderer', urlPath)).toBe(file);
  });

  it.each(['/../package.json', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/secret', '/a%00b', '/%E0%A4%A'])(
    '%s cannot leave the folder or is refused',
    (urlPath) => {
      const file = resolveInside('/srv/renderer', urlPath);
      expect(file === null || file.startsWith('/srv/renderer/')).toBe(true);
      if (file !== null) expect(file).not.toContain('..');
    },
  );

  it('clamps a climbing path to the folder itself', () => {
    expect(resolveInside('/srv/renderer', '/..%2f..%2fetc%2fpasswd')).toBe('/srv/renderer/etc/passwd');
    expect(resolveInside('/srv/renderer', '/../renderer-other/x')).toBe('/srv/renderer/renderer-other/x');
  });

  it('refuses a path with a NUL byte or broken escapes', () => {
    expect(resolveInside('/srv/renderer', '/a%00b')).toBeNull();
    expect(resolveInside('/srv/renderer', '/%E0%A4%A')).toBeNull();
  });
});

describe('launch tokens', () => {
  it('exchanges a token once, within its minute, for a session the cookie then carries', () => {
    let now = 1_000_000;
    const gate = new LaunchGate(() => now);
    const token = gate.mint();
    const session = gate.exchange(token);
    expect(session).not.toBeNull();
    expect(gate.exchange(token)).toBeNull(); // used
    expect(gate.admits(`other=1; ${SESSION_COOKIE}=${session}`)).toBe(true);
    expect(gate.admits(`${SESSION_COOKIE}=${session}x`)).toBe(false);
    expect(gate.admits(undefined)).toBe(false);
    const late = gate.mint();
    now += LAUNCH_TOKEN_TTL_MS;
    expect(gate.exchange(late)).toBeNull(); // expired
    expect(gate.exchange('not-a-token')).toBeNull();
  });
});

describe('content security policy', () => {
  it('allows the host WebSocket only when named, and nothing inline or framed', () => {
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
    const csp = contentSecurityPolicy(['ws://127.0.0.1:4000']);
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:4000;");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
  });
});
