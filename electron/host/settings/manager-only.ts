/** The refusal a manager-only host method answers with unless a manager is signed in; null when one is. */
import { fail, type Result, type SessionView } from '../../../shared/terminal-api.js';

export function refuseUnlessManager(session: SessionView | null): Result<never> | null {
  if (session === null) return fail<never>({ code: 'unauthorized', message: 'no one is signed in' });
  if (session.cashier.role !== 'manager') {
    return fail<never>({ code: 'forbidden', message: 'only a manager can do this' });
  }
  return null;
}
