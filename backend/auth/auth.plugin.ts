/**
 * Authentication in one place: a single onRequest hook reads the route's `config.auth` level and
 * fills request.terminal and request.session, or answers 401/403 before the body is read.
 * Routes never check keys or tokens themselves; they call terminalOf / sessionOf.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import type { AuthSession, AuthTerminal, SessionLookup } from './auth.types.js';
import { findCredentials } from './credentials.service.js';

export function installAuth(app: FastifyInstance, ctx: BackendContext): void {
  app.decorateRequest('terminal', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const level = request.routeOptions.config.auth ?? 'terminal';
    if (level === 'none') return;
    const wantsSession = level === 'session' || level === 'manager';
    const credentials = await findCredentials(
      ctx,
      terminalKeyOf(request),
      wantsSession ? sessionTokenOf(request) : null,
    );
    if (credentials.terminal === undefined) throw new ApiError('unauthorized', 'terminal key not accepted');
    request.terminal = credentials.terminal;
    if (!wantsSession) return;
    request.session = acceptedSession(credentials.session);
    if (level === 'manager' && request.session.role !== 'manager') {
      throw new ApiError('forbidden', 'a manager must be signed in');
    }
  });
}

function terminalKeyOf(request: FastifyRequest): string {
  const key = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (key === undefined) throw new ApiError('unauthorized', 'terminal key missing');
  return key;
}

function sessionTokenOf(request: FastifyRequest): string {
  const token = request.headers['x-session-token'];
  if (typeof token !== 'string' || token === '') throw new ApiError('unauthorized', 'sign in first');
  return token;
}

function acceptedSession(found: SessionLookup): AuthSession {
  if (found.kind === 'expired') throw new ApiError('session_expired', 'session expired: sign in again');
  if (found.kind === 'unknown') throw new ApiError('unauthorized', 'session not recognised: sign in again');
  return found.session;
}

/** The authenticated terminal of a route declared with auth 'terminal', 'session' or 'manager'. */
export function terminalOf(request: FastifyRequest): AuthTerminal {
  if (request.terminal === null) throw new Error('route reads the terminal but does not require one');
  return request.terminal;
}

/** The signed-in staff member of a route declared with auth 'session' or 'manager'. */
export function sessionOf(request: FastifyRequest): AuthSession {
  if (request.session === null) throw new Error('route reads the session but does not require one');
  return request.session;
}
