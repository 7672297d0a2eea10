import type { BackendContext } from '../context.js';
import { secretHash } from '../crypto/hashing.js';
import { queryCredentials } from './auth.repository.js';
import type { Credentials } from './auth.types.js';

/**
 * The terminal of a key and, when a token is given, its session. Accepted credentials come from
 * the short-lived cache when it has them (credentials-cache.ts); expiry is checked on every request.
 */
export async function findCredentials(ctx: BackendContext, key: string, token: string | null): Promise<Credentials> {
  const keyHash = secretHash(key);
  const tokenHash = token === null ? null : secretHash(token);
  const cached = ctx.credentialsCache?.get(keyHash, tokenHash);
  if (cached !== undefined) return unlessExpired(ctx, cached);
  const found = await queryCredentials(ctx.database, keyHash, tokenHash, ctx.clock.now().toISOString());
  ctx.credentialsCache?.set(keyHash, tokenHash, found);
  return found;
}

function unlessExpired(ctx: BackendContext, credentials: Credentials): Credentials {
  const { session } = credentials;
  if (session.kind !== 'found' || session.session.expiresAt > ctx.clock.now().toISOString()) return credentials;
  return { terminal: credentials.terminal, session: { kind: 'expired' } };
}
