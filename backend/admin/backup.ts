/**
 * An online backup of a store's embedded SQLite ledger. `VACUUM INTO` writes a consistent copy
 * from one read snapshot while the backend keeps serving, so a backup never holds half a
 * redemption. The server key is copied beside it: the copy's card codes are HMACs that only that
 * key can match, so a ledger without its key can never look a card up again. The result is a
 * ready data folder — restoring is pointing TILLCARD_DATA_DIR at it (docs/operations.md).
 * PostgreSQL is backed up with pg_dump instead.
 */
import { copyFile, chmod, mkdir, access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';

export interface LedgerBackup {
  /** The new data folder: tillcard.sqlite, plus server.key when the key lives in a file. */
  folder: string;
  /** False when the key comes from TILLCARD_SERVER_KEY: keep that value safe separately. */
  serverKeyCopied: boolean;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** 2026-11-22T03:15:07.123Z → 20261122-031507, sortable and safe in every file system. */
function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

export async function backupLedger(
  ctx: BackendContext,
  dataDir: string,
  targetDir: string,
  serverKeyFromEnvironment: boolean,
): Promise<LedgerBackup> {
  if (ctx.database.dialect !== 'sqlite') {
    throw new ApiError('bad_request', 'this backend runs on PostgreSQL: back it up with pg_dump (docs/operations.md)');
  }
  const folder = resolve(targetDir, `tillcard-backup-${stamp(ctx.clock.now())}`);
  if (await exists(folder)) throw new ApiError('bad_request', `${folder} already exists`);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const database = join(folder, 'tillcard.sqlite');
  await sql`VACUUM INTO ${database}`.execute(ctx.database.db);
  await chmod(database, 0o600);
  const keyFile = join(dataDir, 'server.key');
  const serverKeyCopied = !serverKeyFromEnvironment && (await exists(keyFile));
  if (serverKeyCopied) {
    await copyFile(keyFile, join(folder, 'server.key'));
    await chmod(join(folder, 'server.key'), 0o600);
  }
  return { folder, serverKeyCopied };
}
