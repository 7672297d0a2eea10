/**
 * Typed calls of protocol v1. Every answer is validated with the shared zod schemas, every call
 * has a timeout, and every failure comes back as a Result with an AppError — never a throw.
 */
import { z } from 'zod';
import {
  closeShiftPageSchema,
  currentShiftPageSchema,
  healthResponseSchema,
  lookupResponseSchema,
  MAX_PAGE_LIMIT,
  redeemResponseSchema,
  redemptionStatusResponseSchema,
  reversalResponseSchema,
  signInResponseSchema,
  unlockResponseSchema,
  type LookupRequest,
  type RedeemRequest,
  type ReversalRequest,
  type CloseShiftResponse,
  type CurrentShiftPage,
  type CurrentShiftResponse,
  type SignInRequest,
} from '../../shared/backend-api.js';
import type { Result } from '../../shared/terminal-api.js';
import { allPages, pageParams } from './all-pages.js';
import { shapeError, statusError, transportError } from './http-errors.js';
import { managerCalls } from './manager/manager-calls.js';
import { saleCalls } from './sales/sale-calls.js';
import { securityCalls } from './manager/security-calls.js';

export const REDEEM_TIMEOUT_MS = 8_000;
export const DEFAULT_TIMEOUT_MS = 5_000;
export const HEALTH_TIMEOUT_MS = 2_000;

export type FetchFunction = typeof fetch;

/** Sign-out answers 204 or a small body; nothing in it is needed. */
const passThroughSchema = z.unknown();

export interface BackendClientOptions {
  backendUrl: string;
  terminalKey: string;
  fetch?: FetchFunction;
  redeemTimeoutMs?: number;
  timeoutMs?: number;
  /** Items asked for per page of a list (default: the most the backend serves). */
  pageLimit?: number;
}

interface CallSpec<S extends z.ZodType> {
  /** Short name for messages and logs, e.g. "POST /v1/redemptions". */
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  schema: S;
  body?: unknown;
  sessionToken?: string;
  sendsRedemption?: boolean;
}

export function createBackendClient(options: BackendClientOptions) {
  const fetchFn = options.fetch ?? fetch;
  const baseUrl = options.backendUrl.replace(/\/+$/, '');
  const redeemTimeoutMs = options.redeemTimeoutMs ?? REDEEM_TIMEOUT_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pageLimit = options.pageLimit ?? MAX_PAGE_LIMIT;

  async function call<S extends z.ZodType>(spec: CallSpec<S>, limitMs?: number): Promise<Result<z.output<S>>> {
    const name = `${spec.method} ${spec.path.replace(/\/by-key\/.*/, '/by-key/…')}`;
    const sendsRedemption = spec.sendsRedemption ?? false;
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.terminalKey}`,
      accept: 'application/json',
    };
    if (spec.sessionToken !== undefined) headers['x-session-token'] = spec.sessionToken;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    const signal = AbortSignal.timeout(limitMs ?? (sendsRedemption ? redeemTimeoutMs : timeoutMs));
    let status: number;
    let text: string;
    try {
      const response = await fetchFn(`${baseUrl}${spec.path}`, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal,
      });
      status = response.status;
      // Reading the body is still part of the call: a connection lost here is as unknown as before.
      text = await response.text();
    } catch (error) {
      return { ok: false, error: transportError(error, name, sendsRedemption) };
    }
    let json: unknown = undefined;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (status < 200 || status >= 300) return { ok: false, error: statusError(status, json, name, sendsRedemption) };
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) return { ok: false, error: shapeError(name, sendsRedemption) };
    return { ok: true, value: parsed.data };
  }

  function shiftPage(sessionToken: string, cursor: string | null): Promise<Result<CurrentShiftPage>> {
    const path = `/v1/shifts/current?${pageParams(cursor, pageLimit)}`;
    return call({ method: 'GET', path, schema: currentShiftPageSchema, sessionToken });
  }

  return {
    health: () => call({ method: 'GET', path: '/healthz', schema: healthResponseSchema }, HEALTH_TIMEOUT_MS),
    signIn: (body: SignInRequest) => call({ method: 'POST', path: '/v1/sessions', schema: signInResponseSchema, body }),
    signOut: (sessionToken: string) =>
      call({ method: 'DELETE', path: '/v1/sessions/current', schema: passThroughSchema, sessionToken }),
    lookup: (sessionToken: string, body: LookupRequest) =>
      call({ method: 'POST', path: '/v1/cards/lookup', schema: lookupResponseSchema, body, sessionToken }),
    redeem: (sessionToken: string, body: RedeemRequest) =>
      call({
        method: 'POST',
        path: '/v1/redemptions',
        schema: redeemResponseSchema,
        body,
        sessionToken,
        sendsRedemption: true,
      }),
    /** Terminal-scoped: recovery after a restart runs before any cashier signs in. */
    redemptionByKey: (idempotencyKey: string) =>
      call({
        method: 'GET',
        path: `/v1/redemptions/by-key/${encodeURIComponent(idempotencyKey)}`,
        schema: redemptionStatusResponseSchema,
      }),
    reverse: (body: ReversalRequest) =>
      call({ method: 'POST', path: '/v1/reversals', schema: reversalResponseSchema, body }),
    /** The X report with every activity of the shift (the backend sends them a page at a time). */
    currentShift: async (sessionToken: string): Promise<Result<CurrentShiftResponse>> => {
      const joined = await allPages(
        (cursor) => shiftPage(sessionToken, cursor),
        (page) => page.nextCursor,
        (sofar, next) => ({ ...next, activities: [...sofar.activities, ...next.activities] }),
      );
      if (!joined.ok) return joined;
      const { nextCursor: _last, ...report } = joined.value;
      return { ok: true, value: report };
    },
    /** The Z report with every activity: the close answers the first page, the X report the rest. */
    closeShift: async (sessionToken: string): Promise<Result<CloseShiftResponse>> => {
      const closed = await call({
        method: 'POST',
        path: `/v1/shifts/current/close?limit=${pageLimit}`,
        schema: closeShiftPageSchema,
        sessionToken,
        body: {},
      });
      if (!closed.ok) return closed;
      const { nextCursor, ...report } = closed.value.report;
      const activities = [...report.activities];
      for (let cursor = nextCursor; cursor !== null;) {
        const page = await shiftPage(sessionToken, cursor);
        if (!page.ok) return page;
        activities.push(
          ...page.value.activities.map(({ id, kind, amountMinor, card, createdAt }) => ({
            id,
            kind,
            amountMinor,
            card,
            createdAt,
          })),
        );
        cursor = page.value.nextCursor;
      }
      return { ok: true, value: { shift: closed.value.shift, report: { ...report, activities } } };
    },
    unlockEntry: (sessionToken: string, body: { managerId: string; managerPin: string }) =>
      call({ method: 'POST', path: UNLOCK_PATH, schema: unlockResponseSchema, body, sessionToken }),
    ...managerCalls(call, pageLimit),
    ...saleCalls(call),
    ...securityCalls(call),
  };
}

export type BackendClient = ReturnType<typeof createBackendClient>;

/** Where a manager lifts a code-entry lock for this terminal. */
export const UNLOCK_PATH = '/v1/lockouts/unlock';
