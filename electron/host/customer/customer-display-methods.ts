/**
 * The host's half of the customer display: it keeps the last view the cashier's screen published
 * and passes each new one to every customer display (a second Electron window, or a browser page).
 * The contract's strict schema has already refused anything that is not customer-safe.
 */
import type { CustomerView } from '../../../shared/customer-display.js';
import { ok, type TerminalApi } from '../../../shared/terminal-api.js';

/** Until the cashier's screen says otherwise: a welcome without a store name. */
export const FIRST_CUSTOMER_VIEW: CustomerView = { kind: 'idle', storeName: null, locale: 'en-US', language: 'en' };

export function createCustomerDisplayMethods(
  emit: (view: CustomerView) => void,
): Pick<TerminalApi, 'publishCustomerView' | 'customerView'> {
  let current = FIRST_CUSTOMER_VIEW;
  return {
    publishCustomerView: async (view) => {
      current = view;
      emit(view);
      return ok({ shown: true as const });
    },
    customerView: async () => ok(current),
  };
}
