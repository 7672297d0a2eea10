/**
 * The terminal's folder holds its key, its outbox and its logs: everything in it is for the till's
 * own user only, 0600 files in a 0700 folder, whatever the umask, and older installs are tightened.
 */
import { chmod, mkdir, rename, stat, writeFile } from 'node:fs/promises';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder 0700, or tightens one an older version (or a loose umask) left open. */
export async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const { mode, uid } = await stat(folder);
  // Only a folder of our own: a shared one (a test's /tmp) is left as it is.
  const ours = process.getuid === undefined || uid === process.getuid();
  if (ours && (mode & 0o777) !== PRIVATE_FOLDER_MODE) await chmod(folder, PRIVATE_FOLDER_MODE);
}

/** Replaces `path` with `text` atomically (a crash leaves the old file or the new one), mode 0600. */
export async function writePrivateFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text, { mode: PRIVATE_FILE_MODE });
  // writeFile's mode is masked by the umask: set it again before the file takes its name.
  await chmod(temporary, PRIVATE_FILE_MODE);
  await rename(temporary, path);
}
