/**
 * The two pairing calls of protocol v1. They live apart from backend-client.ts because the first
 * one runs before the terminal has a key, against a URL the manager has just typed.
 */
import type { z } from 'zod';
import {
  createPairingCodeResponseSchema,
  pairResponseSchema,
  type PairingCode,
  type PairResponse,
} from '../../../shared/backend-api.js';
import type { Result } from '../../../shared/terminal-api.js';
import type { FetchFunction } from '../backend-client.js';
import { shapeError, statusError, transportError } from '../http-errors.js';

export const PAIRING_TIMEOUT_MS = 8_000;

async function postJson<S extends z.ZodType>(
  fetchFn: FetchFunction,
  url: string,
  spec: { name: string; headers?: Record<string, string>; body: unknown; schema: S },
): Promise<Result<z.output<S>>> {
  let status: number;
  let text: string;
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...spec.headers },
      body: JSON.stringify(spec.body),
      signal: AbortSignal.timeout(PAIRING_TIMEOUT_MS),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    return { ok: false, error: transportError(error, spec.name, false) };
  }
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (status < 200 || status >= 300) return { ok: false, error: statusError(status, json, spec.name, false) };
  const parsed = spec.schema.safeParse(json);
  if (!parsed.success) return { ok: false, error: shapeError(spec.name, false) };
  return { ok: true, value: parsed.data };
}

/** Exchanges a pairing code for this terminal's key (public: the terminal has no key yet). */
export function requestTerminalKey(
  fetchFn: FetchFunction,
  backendUrl: string,
  body: { code: string; terminalName?: string | undefined },
): Promise<Result<PairResponse>> {
  return postJson(fetchFn, `${backendUrl}/v1/pairing`, {
    name: 'POST /v1/pairing',
    body: body.terminalName === undefined ? { code: body.code } : body,
    schema: pairResponseSchema,
  });
}

/** A signed-in manager asks for a code another terminal of the store can pair with. */
export async function requestPairingCode(
  fetchFn: FetchFunction,
  backend: { backendUrl: string; terminalKey: string; sessionToken: string },
  terminalName: string,
): Promise<Result<PairingCode>> {
  const answer = await postJson(fetchFn, `${backend.backendUrl}/v1/pairing-codes`, {
    name: 'POST /v1/pairing-codes',
    headers: { authorization: `Bearer ${backend.terminalKey}`, 'x-session-token': backend.sessionToken },
    body: { terminalName },
    schema: createPairingCodeResponseSchema,
  });
  return answer.ok ? { ok: true, value: answer.value.pairingCode } : answer;
}
