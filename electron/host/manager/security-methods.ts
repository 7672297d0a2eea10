/**
 * Host side of the Security panel: the store's alerts and running waits, for the signed-in
 * manager. The backend checks the manager role; the host only passes the session along.
 */
import {
  dismissAlertResponseSchema,
  liftDelayResponseSchema,
  securityOverviewSchema,
  type LiftDelayRequest,
} from '../../../shared/backend-api.js';
import type { Result, TerminalMethods } from '../../../shared/terminal-api.js';
import type { z } from 'zod';
import type { BackendClient } from '../backend-client.js';

interface SecurityCallSpec<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  schema: S;
  body?: unknown;
  sessionToken: string;
}

type Call = <S extends z.ZodType>(spec: SecurityCallSpec<S>) => Promise<Result<z.output<S>>>;

export function securityCalls(call: Call) {
  return {
    securityOverview: (sessionToken: string) =>
      call({ method: 'GET', path: '/v1/security', schema: securityOverviewSchema, sessionToken }),
    dismissSecurityAlert: (sessionToken: string, alertId: string) =>
      call({
        method: 'POST',
        path: `/v1/security/alerts/${encodeURIComponent(alertId)}/dismiss`,
        schema: dismissAlertResponseSchema,
        body: {},
        sessionToken,
      }),
    liftDelay: (sessionToken: string, body: LiftDelayRequest) =>
      call({ method: 'POST', path: '/v1/security/delays/lift', schema: liftDelayResponseSchema, body, sessionToken }),
  };
}

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
