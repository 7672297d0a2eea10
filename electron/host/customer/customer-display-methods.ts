/**
 * The host's half of the customer display: it keeps the last view the cashier's screen published
 * and passes each new one to every customer display (a second Electron window, or a browser page).
 * The contract's strict schema has already refused anything that is not customer-safe.
 */
import type { CustomerView } from '../../../shared/customer-display.js';
import { DEFAULT_LANGUAGE, formattingLocale, type Language } from '../../../shared/language.js';
import { ok, type TerminalApi } from '../../../shared/terminal-api.js';

/**
 * Until the cashier's screen says otherwise: a welcome without a store name, in the terminal's
 * language (the store, and so its region, is not known before a cashier signs in).
 */
export function firstCustomerView(language: Language = DEFAULT_LANGUAGE): CustomerView {
  return { kind: 'idle', storeName: null, locale: formattingLocale(language, 'en-US'), language };
}

export function createCustomerDisplayMethods(
  emit: (view: CustomerView) => void,
  language: () => Language = () => DEFAULT_LANGUAGE,
): Pick<TerminalApi, 'publishCustomerView' | 'customerView'> {
  let current: CustomerView | null = null;
  return {
    publishCustomerView: async (view) => {
      current = view;
      emit(view);
      return ok({ shown: true as const });
    },
    customerView: async () => ok(current ?? firstCustomerView(language())),
  };
}
