/** signIn / signOut of the terminal API: the session token stays in the host. */
import { ok, type TerminalMethods } from '../../../shared/terminal-api.js';
import type { TerminalLogger } from '../logger.js';
import type { BackendSession } from './backend-session.js';

export type SessionMethods = Pick<TerminalMethods, 'signIn' | 'signOut'>;

export function createSessionMethods(session: BackendSession, logger: TerminalLogger): SessionMethods {
  return {
    signIn: (input) =>
      session.withBackend(async (backend) => {
        const answer = await backend.signIn(input);
        if (!answer.ok) return answer;
        const { token, ...view } = answer.value;
        session.begin(token, view);
        logger.info({ cashierId: view.cashier.id, shiftId: view.shift.id }, 'cashier signed in');
        return ok(view);
      }),
    signOut: async () => {
      const ending = session.end();
      const client = session.client();
      if (ending && client) {
        const answer = session.observe(await client.signOut(ending.token), 'none');
        if (!answer.ok) logger.warn({ code: answer.error.code }, 'sign-out not confirmed by the backend');
      }
      if (ending) logger.info({ cashierId: ending.view.cashier.id }, 'cashier signed out');
      return ok({ signedOut: true as const });
    },
  };
}
