import type { BackendContext } from '../context.js';
import { secretHash } from '../crypto/hashing.js';
import { rowToStore } from '../stores/store.service.js';
import type { AuthSession, AuthTerminal } from './auth.types.js';

export async function findTerminalByKey(ctx: BackendContext, key: string): Promise<AuthTerminal | undefined> {
  const row = await ctx.database.db
    .selectFrom('terminals')
    .innerJoin('stores', 'stores.id', 'terminals.store_id')
    .selectAll('stores')
    .select(['terminals.id as terminal_id', 'terminals.name as terminal_name'])
    .where('terminals.key_hash', '=', secretHash(key))
    .where('terminals.revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { id: row.terminal_id, name: row.terminal_name, store: rowToStore(row) };
}

export type SessionLookup = { kind: 'found'; session: AuthSession } | { kind: 'expired' } | { kind: 'unknown' };

/** A session is valid for the terminal it was opened on, until it ends or expires. */
export async function findSession(ctx: BackendContext, token: string, terminalId: string): Promise<SessionLookup> {
  const row = await ctx.database.db
    .selectFrom('sessions')
    .innerJoin('staff', 'staff.id', 'sessions.staff_id')
    .select([
      'sessions.token_hash',
      'sessions.shift_id',
      'sessions.expires_at',
      'sessions.ended_at',
      'sessions.terminal_id',
      'staff.id as staff_id',
      'staff.name as staff_name',
      'staff.role',
      'staff.disabled_at',
    ])
    .where('sessions.token_hash', '=', secretHash(token))
    .executeTakeFirst();
  if (row === undefined || row.ended_at !== null || row.disabled_at !== null || row.terminal_id !== terminalId) {
    return { kind: 'unknown' };
  }
  if (row.expires_at <= ctx.clock.now().toISOString()) return { kind: 'expired' };
  return {
    kind: 'found',
    session: {
      tokenHash: row.token_hash,
      staffId: row.staff_id,
      staffName: row.staff_name,
      role: row.role,
      shiftId: row.shift_id,
      expiresAt: row.expires_at,
    },
  };
}
