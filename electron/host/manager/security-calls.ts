/**
 * Protocol v1 calls of the Security panel (the store's alerts and running waits), run in the
 * signed-in manager's session.
 */
import type { z } from 'zod';
import {
  dismissAlertResponseSchema,
  liftDelayResponseSchema,
  securityOverviewSchema,
  type LiftDelayRequest,
} from '../../../shared/backend-api.js';
import type { Result } from '../../../shared/terminal-api.js';

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
