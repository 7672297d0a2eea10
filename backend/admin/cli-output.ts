import { ApiError } from '../http/api-error.js';

/** What every command returns: one JSON object for --json, and the same facts as text for people. */
export interface CommandResult {
  json: Record<string, unknown>;
  text: string;
  /** Non-zero when the command ran but found something wrong (verify-ledger). */
  exitCode?: number;
}

export function printResult(result: CommandResult, asJson: boolean): void {
  process.stdout.write(asJson ? `${JSON.stringify(result.json)}\n` : `${result.text}\n`);
}

/**
 * Errors leave as {"error":{code,message}} on stdout with --json (one object, like success) and as
 * text on stderr otherwise. Unknown failures keep their message, which never holds a code or PIN:
 * commands only ever put last4 into messages.
 */
export function printError(error: unknown, asJson: boolean): void {
  const known = error instanceof ApiError;
  const code = known ? error.code : 'internal_error';
  const message = error instanceof Error ? error.message : String(error);
  if (asJson) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
  else process.stderr.write(`error (${code}): ${message}\n`);
}
