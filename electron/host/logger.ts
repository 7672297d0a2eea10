/**
 * The terminal's log: JSON lines in `<terminalDir>/logs/terminal.log`. Secrets are redacted by
 * field name as a second line of defence; the first is never passing them to the logger at all.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';

export type TerminalLogger = Logger;

/** Field names that may hold a card code, a PIN, the terminal key or a session token. */
export const REDACTED_FIELDS = [
  'code',
  'toCode',
  'pin',
  'managerPin',
  'token',
  'terminalKey',
  'key',
  'authorization',
  'sessionToken',
];

const redactPaths = REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

export function logFilePath(terminalDir: string): string {
  return join(terminalDir, 'logs', 'terminal.log');
}

export function createTerminalLogger(terminalDir: string, level = 'info'): TerminalLogger {
  const file = logFilePath(terminalDir);
  const folder = join(terminalDir, 'logs');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // Owner only: a log names cards (last 4), staff and amounts. Tightened for older installs too.
  chmodSync(folder, 0o700);
  if (existsSync(file)) chmodSync(file, 0o600);
  // Synchronous writes: a terminal logs little, and a line written just before a crash matters.
  const destination = pino.destination({ dest: file, sync: true, mkdir: true, mode: 0o600 });
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { app: 'terminal' } }, destination);
}

/** A logger that writes nowhere, for hosts created without a log folder. */
export function silentLogger(): TerminalLogger {
  return pino({ level: 'silent' });
}
