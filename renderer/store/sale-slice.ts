/**
 * Money onto a card at the till: selling a card of the stock (activate), a manager activating a
 * card that was sold but never activated, adding money to an active card where the store allows it
 * (load), and a manager refunding a return to a card. The code lives in the redeem slice's `code`
 * and the amount in its `amountInput` (the same field and keypad as a redemption).
 *
 * One sale, one id: the id is made when a request is first sent and kept with its amount until the
 * backend answers. After a lost answer the only ways on are the same request again (the backend
 * answers its first result, never a second credit) or the next customer.
 */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import type { Sale, SaleKind, SaleSettingsView } from '../../shared/sales-api.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';
import type { ManagerApproval } from './manager-slice.js';
import { newTenderId } from './tender-id.js';
import { amountDigits } from './tender.js';

/** What the sale step is for: a sale, a manager's fix of "not activated", a reload or a refund. */
export type SalePurpose = SaleKind | 'fix';

export interface SaleRequest {
  saleId: string;
  amountMinor: number;
}

export interface SaleSlice {
  saleSettings: SaleSettingsView | null;
  salePurpose: SalePurpose;
  /** The request sent and not yet answered for good (kept after a lost answer, for the retry). */
  saleSent: SaleRequest | null;
  salePending: boolean;
  saleError: AppError | null;
  /** The backend's answer, shown on the sold step exactly as returned. */
  saleResult: Sale | null;
  loadSaleSettings: () => Promise<void>;
  /** Opens the amount step for the code entered (sell, refund) or the card on screen (fix, load). */
  openSale: (code: string, purpose: SalePurpose) => void;
  /** Checks the amount before a manager is called over; false (and the problem shown) when it cannot go. */
  reviewSaleAmount: () => boolean;
  /** The cashier's Confirm: checks the amount, then sends (or re-sends) the sale. */
  confirmSale: (approval?: ManagerApproval) => Promise<AppError | null>;
  /** Leaves the amount step: back to the card for a reload, else to code entry. */
  leaveSale: () => void;
}

export const initialSaleState = {
  salePurpose: 'activate' as SalePurpose,
  saleSent: null,
  salePending: false,
  saleError: null,
  saleResult: null,
};

/** Errors after which the outcome is open: the same request goes again, unchanged. */
const OPEN_OUTCOME = new Set(['backend_unreachable', 'outcome_unknown', 'internal_error']);
const SESSION_ENDING = new Set(['unauthorized', 'session_expired', 'no_open_shift', 'shift_closed']);

/** The amounts this step may send, as the backend checks them, or null while the settings are unknown. */
export function saleLimits(
  purpose: SalePurpose,
  settings: SaleSettingsView | null,
  balanceMinor: number,
): { minMinor: number; maxMinor: number } | null {
  if (settings === null) return null;
  if (purpose === 'activate' || purpose === 'fix') {
    return { minMinor: settings.activationMinMinor, maxMinor: settings.activationMaxMinor };
  }
  const room = Math.max(settings.maxBalanceMinor - balanceMinor, 0);
  if (purpose === 'load') return { minMinor: settings.activationMinMinor, maxMinor: room };
  return { minMinor: 1, maxMinor: room };
}

export const needsManager = (purpose: SalePurpose): boolean => purpose === 'fix' || purpose === 'refund';

export const createSaleSlice =
  (api: TerminalApi): StateCreator<AppState, [], [], SaleSlice> =>
  (set, get) => {
    /** The amount typed, checked against the limits before anything is sent. */
    function plannedAmount(): { ok: true; amountMinor: number } | { ok: false; error: AppError } {
      const amountMinor = Number(amountDigits(get().amountInput) || '0');
      if (amountMinor <= 0) return { ok: false, error: { code: 'amount_invalid', message: 'nothing entered' } };
      const limits = saleLimits(get().salePurpose, get().saleSettings, get().card?.balanceMinor ?? 0);
      if (limits !== null && (amountMinor < limits.minMinor || amountMinor > limits.maxMinor)) {
        const error: AppError = { code: 'amount_out_of_range', message: 'outside the limits', details: limits };
        return { ok: false, error };
      }
      return { ok: true, amountMinor };
    }

    async function send(request: SaleRequest, approval: ManagerApproval | undefined): Promise<AppError | null> {
      const { code, salePurpose } = get();
      const currency = get().saleSettings?.currency ?? get().session?.store.currency;
      if (code === null || currency === undefined) return { code: 'bad_request', message: 'no card on screen' };
      const epoch = get().flowEpoch;
      set({ salePending: true, saleError: null, saleSent: request });
      const input = { saleId: request.saleId, code, amountMinor: request.amountMinor, currency };
      const result =
        salePurpose === 'load'
          ? await api.loadCard(input)
          : salePurpose === 'refund'
            ? approval === undefined
              ? ({ ok: false, error: { code: 'manager_approval_required', message: 'no approval' } } as const)
              : await api.refundToCard({ ...input, ...approval })
            : await api.activateCard({ ...input, ...(approval === undefined ? {} : { approval }) });
      if (get().flowEpoch !== epoch) return null;
      if (!result.ok) {
        if (SESSION_ENDING.has(result.error.code)) {
          get().endSession(result.error);
          return result.error;
        }
        // A decline is final for this id: a changed amount is a new request with a new id.
        const keep = OPEN_OUTCOME.has(result.error.code);
        set({ salePending: false, saleError: result.error, saleSent: keep ? request : null });
        return result.error;
      }
      const sale = result.value.sale;
      set({ salePending: false, saleSent: null, saleResult: sale, step: 'sold', amountInput: '' });
      return null;
    }

    return {
      ...initialSaleState,
      saleSettings: null,
      loadSaleSettings: async () => {
        const result = await api.saleSettings({});
        if (result.ok) set({ saleSettings: result.value });
      },
      openSale: (code, purpose) => {
        set({
          ...initialSaleState,
          salePurpose: purpose,
          code,
          codeInput: '',
          entryProblem: null,
          step: 'sale',
          amountInput: '',
          amountProblem: null,
          flowError: null,
          pending: false,
        });
        if (get().saleSettings === null) void get().loadSaleSettings();
      },
      reviewSaleAmount: () => {
        if (get().saleSent !== null) return true;
        const planned = plannedAmount();
        if (!planned.ok) set({ amountProblem: planned.error });
        return planned.ok;
      },
      confirmSale: async (approval) => {
        const { salePending, saleSent, step, salePurpose } = get();
        if (salePending || step !== 'sale') return null;
        if (needsManager(salePurpose) && approval === undefined) {
          return { code: 'manager_approval_required', message: 'a manager approves this' };
        }
        // After a lost answer: the same request again, whatever the field says now.
        if (saleSent !== null) return send(saleSent, approval);
        const planned = plannedAmount();
        if (!planned.ok) {
          set({ amountProblem: planned.error });
          return planned.error;
        }
        return send({ saleId: newTenderId(), amountMinor: planned.amountMinor }, approval);
      },
      leaveSale: () => {
        const { salePending, saleSent, salePurpose, card } = get();
        // An open outcome is not walked away from by Escape: Retry or Next customer only.
        if (salePending || saleSent !== null) return;
        if (salePurpose === 'load' && card !== null) {
          set({ ...initialSaleState, step: 'card', amountInput: '', amountProblem: null });
          return;
        }
        get().setMode(get().mode);
      },
    };
  };
