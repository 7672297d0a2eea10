import type { BackendContext } from '../context.js';
import { secretHash } from '../crypto/hashing.js';
import { queryPrepared } from '../db/prepared.js';
import { rowToStore } from '../stores/store.service.js';
import type { AuthSession, AuthTerminal } from './auth.types.js';

export type SessionLookup = { kind: 'found'; session: AuthSession } | { kind: 'expired' } | { kind: 'unknown' };

export interface Credentials {
  terminal: AuthTerminal | undefined;
  /** Only looked at when a session token was given. */
  session: SessionLookup;
}

/**
 * The terminal of a key and, when a token is given, its session. A session counts only on the
 * terminal it was opened on, until it ends or expires. Accepted credentials come from the
 * short-lived cache when it has them (credentials-cache.ts); expiry is checked on every request.
 */
export async function findCredentials(ctx: BackendContext, key: string, token: string | null): Promise<Credentials> {
  const keyHash = secretHash(key);
  const tokenHash = token === null ? null : secretHash(token);
  const cached = ctx.credentialsCache?.get(keyHash, tokenHash);
  if (cached !== undefined) return unlessExpired(ctx, cached);
  const found = await queryCredentials(ctx, keyHash, tokenHash);
  ctx.credentialsCache?.set(keyHash, tokenHash, found);
  return found;
}

function unlessExpired(ctx: BackendContext, credentials: Credentials): Credentials {
  const { session } = credentials;
  if (session.kind !== 'found' || session.session.expiresAt > ctx.clock.now().toISOString()) return credentials;
  return { terminal: credentials.terminal, session: { kind: 'expired' } };
}

/** One query (one round trip on PostgreSQL, as a named prepared statement). */
async function queryCredentials(ctx: BackendContext, keyHash: string, tokenHash: string | null): Promise<Credentials> {
  const query = ctx.database.db
    .selectFrom('terminals')
    .innerJoin('stores', 'stores.id', 'terminals.store_id')
    .leftJoin('sessions', (join) =>
      join
        .onRef('sessions.terminal_id', '=', 'terminals.id')
        .on('sessions.token_hash', '=', tokenHash ?? '')
        .on('sessions.ended_at', 'is', null),
    )
    .leftJoin('staff', (join) => join.onRef('staff.id', '=', 'sessions.staff_id').on('staff.disabled_at', 'is', null))
    .selectAll('stores')
    .select([
      'terminals.id as terminal_id',
      'terminals.name as terminal_name',
      'sessions.token_hash',
      'sessions.shift_id',
      'sessions.expires_at',
      'staff.id as staff_id',
      'staff.name as staff_name',
      'staff.role',
    ])
    .where('terminals.key_hash', '=', keyHash)
    .where('terminals.revoked_at', 'is', null);
  const [row] = await queryPrepared(ctx.database, 'tillcard_credentials_v1', query);
  if (row === undefined) return { terminal: undefined, session: { kind: 'unknown' } };
  const terminal = { id: row.terminal_id, name: row.terminal_name, store: rowToStore(row) };
  if (row.token_hash === null || row.staff_id === null || row.staff_name === null || row.role === null) {
    return { terminal, session: { kind: 'unknown' } };
  }
  if (row.expires_at === null || row.shift_id === null) return { terminal, session: { kind: 'unknown' } };
  if (row.expires_at <= ctx.clock.now().toISOString()) return { terminal, session: { kind: 'expired' } };
  return {
    terminal,
    session: {
      kind: 'found',
      session: {
        tokenHash: row.token_hash,
        staffId: row.staff_id,
        staffName: row.staff_name,
        role: row.role,
        shiftId: row.shift_id,
        expiresAt: row.expires_at,
      },
    },
  };
}
