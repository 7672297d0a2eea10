/**
 * What the cashier does at the counter: look a card up, redeem from it (through the outbox, so a
 * lost answer is settled, never guessed), and have a manager lift a wait on code entry.
 */
import type { AppError } from '../../../shared/error-codes.js';
import { fail, type TerminalMethods } from '../../../shared/terminal-api.js';
import type { HostPrinting } from '../printing/printing-methods.js';
import type { BackendSession } from '../session/backend-session.js';
import type { RedeemFlow } from '../tenders/redeem-flow.js';

export type CounterMethods = Pick<TerminalMethods, 'lookupCard' | 'redeem' | 'unlockEntry' | 'verifyManager'>;

export function createCounterMethods(deps: {
  session: BackendSession;
  flow: RedeemFlow;
  printing: HostPrinting;
  /** The pending count changed: the status bar shows it. */
  onPendingChange(): void;
}): CounterMethods {
  const { session, flow, printing } = deps;
  return {
    lookupCard: (input) => {
      const code = session.checkedCode(input.code);
      if (!code.ok) return Promise.resolve(code);
      return session.withSession((backend, token) => backend.lookup(token, { code: code.value }));
    },
    redeem: async (input) => {
      const code = session.checkedCode(input.code);
      if (!code.ok) return code;
      const before = flow.pendingCount();
      const result = await session.withSession((backend, token) =>
        flow.redeem(backend, token, { ...input, code: code.value, shiftId: session.view()?.shift.id ?? '' }),
      );
      if (flow.pendingCount() !== before) deps.onPendingChange();
      // Kept for Print receipt; printing runs apart from the redemption and can never undo it.
      const view = session.view();
      if (result.ok && view) {
        const { redemption } = result.value;
        const stillDueMinor = input.saleTotalMinor === undefined ? 0 : input.saleTotalMinor - redemption.amountMinor;
        printing.rememberRedemption(redemption, view, stillDueMinor || null);
      }
      return result;
    },
    unlockEntry: (input) =>
      session.withSession((backend, token) => backend.unlockEntry(token, input), 'with-manager-pin'),
    verifyManager: async () => fail(MANAGER_CHECK_UNAVAILABLE),
  };
}

/** Protocol v1 has no call that checks a manager's PIN on its own: approval travels with the action. */
const MANAGER_CHECK_UNAVAILABLE: AppError = {
  code: 'manager_approval_required',
  message: 'this backend checks a manager PIN only together with the action it approves',
};
