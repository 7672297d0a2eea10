/**
 * Who may drive a browser-mode terminal. The person starting it gets a launch URL with a token
 * that works once, within LAUNCH_TOKEN_TTL_MS; the browser that opens it first gets an HttpOnly,
 * SameSite=Strict session cookie in exchange, and the terminal-API socket asks for that cookie.
 * So the token a terminal's scroll-back, a shell history or a process list shows is worthless a
 * minute later, and page scripts never see the session (HttpOnly).
 * Tokens and sessions are kept as SHA-256 digests: a lookup's timing says nothing about a secret.
 */
import { createHash, randomBytes } from 'node:crypto';

export const LAUNCH_TOKEN_TTL_MS = 60_000;
export const SESSION_COOKIE = 'tillcard_session';

const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');
const newSecret = (): string => randomBytes(32).toString('base64url');

export class LaunchGate {
  /** Digest of each unused launch token → when it expires (ms). */
  private readonly tokens = new Map<string, number>();
  private readonly sessions = new Set<string>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = LAUNCH_TOKEN_TTL_MS,
  ) {}

  /** A new single-use launch token. */
  mint(): string {
    const at = this.now();
    for (const [token, expires] of this.tokens) if (expires <= at) this.tokens.delete(token);
    const token = newSecret();
    this.tokens.set(digest(token), at + this.ttlMs);
    return token;
  }

  /** Spends the token: a new session secret when it was unused and in time, otherwise null. */
  exchange(token: string): string | null {
    const key = digest(token);
    const expires = this.tokens.get(key);
    this.tokens.delete(key);
    if (expires === undefined || expires <= this.now()) return null;
    const session = newSecret();
    this.sessions.add(digest(session));
    return session;
  }

  /** True when a request's Cookie header carries a session this gate handed out. */
  admits(cookieHeader: string | undefined): boolean {
    const session = sessionFromCookies(cookieHeader);
    return session !== null && this.sessions.has(digest(session));
  }
}

export function sessionFromCookies(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

export function sessionCookie(session: string): string {
  return `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`;
}
