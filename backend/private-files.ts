/**
 * Files that hold secrets at rest (the SQLite ledger and its WAL and SHM, the server key) are
 * readable by their owner only: 0600 files in 0700 folders. Existing ones are tightened too, so
 * an install made before this rule gets there on its next start.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const STICKY_BIT = 0o1000;

/**
 * Creates the folder 0700, or tightens an existing one that is ours. A shared sticky folder such
 * as /tmp is left alone: it belongs to everyone, and the files in it are still made private.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stat = statSync(dir);
  const ours = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  if (ours && (stat.mode & STICKY_BIT) === 0 && (stat.mode & 0o777) !== PRIVATE_DIR_MODE)
    chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates the file empty with 0600 before anything else opens it, or tightens it when it exists. */
export function ensurePrivateFile(path: string): void {
  if (existsSync(path)) {
    if ((statSync(path).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(path, PRIVATE_FILE_MODE);
    return;
  }
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  chmodSync(path, PRIVATE_FILE_MODE); // openSync's mode is filtered by the umask; chmod is not
}
