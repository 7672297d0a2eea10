import type { AuthSession, AuthTerminal } from '../auth/auth.types.js';

/** Who and where a ledger activity happened: the columns every activity carries besides the money. */
export interface ActivityTags {
  store_id: string | null;
  terminal_id: string | null;
  cashier_id: string | null;
  shift_id: string | null;
  manager_id: string | null;
}

/** An action taken at a counter: the signed-in staff member's shift, approved by a manager. */
export function counterTags(terminal: AuthTerminal, session: AuthSession, managerId: string): ActivityTags {
  return {
    store_id: terminal.store.id,
    terminal_id: terminal.id,
    cashier_id: session.staffId,
    shift_id: session.shiftId,
    manager_id: managerId,
  };
}

/** An action taken by the operator with the admin CLI: no store, terminal or shift. */
export const ADMIN_TAGS: ActivityTags = {
  store_id: null,
  terminal_id: null,
  cashier_id: null,
  shift_id: null,
  manager_id: null,
};
