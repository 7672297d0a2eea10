/**
 * Host side of the Security panel: the store's alerts and running waits, for the signed-in
 * manager. The backend checks the manager role; the host only passes the session along.
 */
import type { Result, TerminalMethods } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';

export function createSecurityMethods(deps: {
  withSession<T>(run: (backend: BackendClient, token: string) => Promise<Result<T>>): Promise<Result<T>>;
}): Pick<TerminalMethods, 'securityOverview' | 'dismissSecurityAlert' | 'liftDelay'> {
  const { withSession } = deps;
  return {
    securityOverview: () => withSession((backend, token) => backend.securityOverview(token)),
    dismissSecurityAlert: ({ alertId }) =>
      withSession((backend, token) => backend.dismissSecurityAlert(token, alertId)),
    liftDelay: (input) => withSession((backend, token) => backend.liftDelay(token, input)),
  };
}
