/**
 * Database errors that mean "another transaction got there first": running the whole
 * transaction again sees the winner's committed work and answers from it.
 */
export function isRetryableConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL: unique_violation, serialization_failure, deadlock_detected.
  if (code === '23505' || code === '40001' || code === '40P01') return true;
  // SQLite (writes are serialised by BEGIN IMMEDIATE, so only a true duplicate gets here).
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
