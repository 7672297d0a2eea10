import type { OpenDatabase } from '../db/database.js';
import { queryPrepared } from '../db/prepared.js';
import { rowToStore } from '../stores/store.repository.js';
import type { Credentials } from './auth.types.js';

/**
 * The terminal of a key hash and, when a token hash is given, its session, in one query (one
 * round trip on PostgreSQL, as a named prepared statement). A session counts only on the terminal
 * it was opened on, until it ends or expires.
 */
export async function queryCredentials(
  database: OpenDatabase,
  keyHash: string,
  tokenHash: string | null,
  nowIso: string,
): Promise<Credentials> {
  const query = database.db
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
  const [row] = await queryPrepared(database, 'tillcard_credentials_v1', query);
  if (row === undefined) return { terminal: undefined, session: { kind: 'unknown' } };
  const terminal = { id: row.terminal_id, name: row.terminal_name, store: rowToStore(row) };
  if (row.token_hash === null || row.staff_id === null || row.staff_name === null || row.role === null) {
    return { terminal, session: { kind: 'unknown' } };
  }
  if (row.expires_at === null || row.shift_id === null) return { terminal, session: { kind: 'unknown' } };
  if (row.expires_at <= nowIso) return { terminal, session: { kind: 'expired' } };
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
