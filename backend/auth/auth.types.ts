import type { Role, Store } from '../../shared/backend-api.js';

/** The terminal a request comes from, found by its bearer key. */
export interface AuthTerminal {
  id: string;
  name: string;
  store: Store;
}

/** The signed-in staff member, found by X-Session-Token. */
export interface AuthSession {
  tokenHash: string;
  staffId: string;
  staffName: string;
  role: Role;
  shiftId: string;
  expiresAt: string;
}

export type SessionLookup = { kind: 'found'; session: AuthSession } | { kind: 'expired' } | { kind: 'unknown' };

export interface Credentials {
  terminal: AuthTerminal | undefined;
  /** Only looked at when a session token was given. */
  session: SessionLookup;
}

/**
 * What a route requires, declared in its route options as `config: { auth: … }`:
 * 'none' (health), 'terminal' (a valid terminal key; the default), 'session' (terminal + a
 * signed-in cashier or manager), 'manager' (terminal + a signed-in manager).
 */
export type AuthLevel = 'none' | 'terminal' | 'session' | 'manager';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthLevel;
  }
  interface FastifyRequest {
    terminal: AuthTerminal | null;
    session: AuthSession | null;
  }
}
