/**
 * Host side of the manager's terminal-API methods. Codes are checked on the terminal first (a
 * mistyped code never reaches the backend); the manager's PIN is passed through, never logged.
 */
import type { BackendClient } from '../backend-client.js';
import type { Result, TerminalMethods } from '../../../shared/terminal-api.js';

type ManagerMethodName =
  'voidRedemption' | 'freezeCard' | 'unfreezeCard' | 'transferBalance' | 'shiftReport' | 'activityReport';

export interface ManagerMethodDeps {
  /** Runs a call in the signed-in session; `with-manager-pin` keeps the session on a wrong PIN. */
  withSession<T>(
    run: (backend: BackendClient, token: string) => Promise<Result<T>>,
    sessionUse?: 'cashier' | 'with-manager-pin',
  ): Promise<Result<T>>;
  checkedCode(input: string): Result<string>;
}

export function createManagerMethods(deps: ManagerMethodDeps): Pick<TerminalMethods, ManagerMethodName> {
  const { withSession, checkedCode } = deps;
  return {
    voidRedemption: ({ redemptionId, ...approval }) =>
      withSession((backend, token) => backend.voidRedemption(token, redemptionId, approval), 'with-manager-pin'),
    freezeCard: async (input) => {
      const code = checkedCode(input.code);
      if (!code.ok) return code;
      return withSession(
        (backend, token) => backend.freezeCard(token, { ...input, code: code.value }),
        'with-manager-pin',
      );
    },
    unfreezeCard: async (input) => {
      const code = checkedCode(input.code);
      if (!code.ok) return code;
      return withSession(
        (backend, token) => backend.unfreezeCard(token, { ...input, code: code.value }),
        'with-manager-pin',
      );
    },
    transferBalance: async (input) => {
      const from = checkedCode(input.code);
      if (!from.ok) return from;
      const to = checkedCode(input.toCode);
      if (!to.ok) return to;
      return withSession(
        (backend, token) => backend.transferBalance(token, { ...input, code: from.value, toCode: to.value }),
        'with-manager-pin',
      );
    },
    shiftReport: (range) => withSession((backend, token) => backend.shiftReport(token, range)),
    activityReport: (range) => withSession((backend, token) => backend.activityReport(token, range)),
  };
}
