/**
 * The cashier's session with the backend, as the host holds it: the token the renderer never
 * sees, and the two ways every method reaches the backend (with or without a session). Every
 * answer is observed once here: it tells whether the backend is reachable and whether the
 * session still holds, so no method has to.
 */
import { checkCode } from '../../../shared/claim-code.js';
import { SESSION_ENDING_CODES, SESSION_ENDING_CODES_WITH_MANAGER_PIN } from '../../../shared/error-codes.js';
import { fail, ok, type Result, type SessionView } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';
import { notConfiguredError, type TerminalConfig } from '../config.js';
import type { TerminalLogger } from '../logger.js';

/** How a call uses the session: none (sign-in, health), the cashier's, or the cashier's with a manager's PIN. */
export type SessionUse = 'none' | 'cashier' | 'with-manager-pin';

export interface WithSession {
  <T>(
    run: (backend: BackendClient, token: string) => Promise<Result<T>>,
    sessionUse?: Exclude<SessionUse, 'none'>,
  ): Promise<Result<T>>;
}

export interface BackendSession {
  view(): SessionView | null;
  token(): string | null;
  begin(token: string, view: SessionView): void;
  /** Forgets the session; answers the one that ended, if any. */
  end(): { token: string; view: SessionView } | null;
  /** The backend client of the moment (replaced when the terminal is paired again). */
  client(): BackendClient | null;
  setClient(client: BackendClient | null): void;
  observe<T>(result: Result<T>, sessionUse: SessionUse): Result<T>;
  withBackend<T>(run: (backend: BackendClient) => Promise<Result<T>>): Promise<Result<T>>;
  withSession: WithSession;
  /** Accepts a code the backend could know (a valid new code or a legacy one) before any call. */
  checkedCode(input: string): Result<string>;
}

export function createBackendSession(options: {
  config: TerminalConfig;
  client: BackendClient | null;
  logger: TerminalLogger;
  /** Every answer: reachable (true), or worth a probe (false). */
  onReachability(reachable: boolean): void;
  onSessionChange(): void;
}): BackendSession {
  let client = options.client;
  let session: { token: string; view: SessionView } | null = null;

  function observe<T>(result: Result<T>, sessionUse: SessionUse): Result<T> {
    if (result.ok) {
      options.onReachability(true);
      return result;
    }
    const code = result.error.code;
    options.onReachability(code !== 'backend_unreachable' && code !== 'outcome_unknown');
    const ending = sessionUse === 'with-manager-pin' ? SESSION_ENDING_CODES_WITH_MANAGER_PIN : SESSION_ENDING_CODES;
    if (sessionUse !== 'none' && session && ending.has(code)) {
      session = null;
      options.logger.info({ code }, 'session ended by the backend');
      options.onSessionChange();
    }
    return result;
  }

  const withSession: WithSession = (run, sessionUse = 'cashier') => {
    if (!client) return Promise.resolve(fail(notConfiguredError(options.config)));
    if (!session) return Promise.resolve(fail({ code: 'unauthorized', message: 'no cashier is signed in' }));
    return run(client, session.token).then((result) => observe(result, sessionUse));
  };

  return {
    view: () => session?.view ?? null,
    token: () => session?.token ?? null,
    begin(token, view) {
      session = { token, view };
      options.onSessionChange();
    },
    end() {
      const ending = session;
      session = null;
      if (ending) options.onSessionChange();
      return ending;
    },
    client: () => client,
    setClient(next) {
      client = next;
    },
    observe,
    withBackend(run) {
      if (!client) return Promise.resolve(fail(notConfiguredError(options.config)));
      return run(client).then((result) => observe(result, 'none'));
    },
    withSession,
    checkedCode(input) {
      const check = checkCode(input);
      if (check.kind === 'valid' || check.kind === 'legacy') return ok(check.code);
      return fail({ code: 'code_malformed', message: `the code entered is ${check.kind.replace('_', ' ')}` });
    },
  };
}
