/**
 * What a manager does at the terminal: approvals at the counter (void, freeze, unfreeze, transfer),
 * each carrying the manager's id and PIN to the host and never keeping the PIN; and, in a manager's
 * own session, the store's shift report for a date range.
 */
import type { StateCreator } from 'zustand';
import type {
  ActivityReportResponse,
  ShiftReportResponse,
  TransferResponse,
  VoidResponse,
} from '../../shared/backend-api.js';
import type { AppError } from '../../shared/error-codes.js';
import type { LiabilityResponse } from '../../shared/sales-api.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface ManagerApproval {
  managerId: string;
  managerPin: string;
  reason: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

export interface ManagerSlice {
  report: ShiftReportResponse | null;
  /** The store's ledger activities in the report's range: the hourly chart and the drill-down. */
  activities: ActivityReportResponse['activities'];
  /** The store's money on active cards, by currency, and its change over the report's range. */
  liability: LiabilityResponse | null;
  reportPending: boolean;
  reportError: AppError | null;
  loadShiftReport: (fromIso: string, toIso: string) => Promise<void>;
  voidRedemption: (redemptionId: string, approval: ManagerApproval) => Promise<Outcome<VoidResponse>>;
  /** Freezes the card on screen (reported lost or stolen); the screen then shows the frozen card. */
  freezeCardOnScreen: (approval: ManagerApproval) => Promise<AppError | null>;
  /** Lifts the freeze of the card on screen (it was found again). */
  unfreezeCardOnScreen: (approval: ManagerApproval) => Promise<AppError | null>;
  /** Moves the frozen card's balance on screen to the card whose code is `toCode`. */
  transferFromCardOnScreen: (toCode: string, approval: ManagerApproval) => Promise<Outcome<TransferResponse>>;
  resetManager: () => void;
  /** A manager is typing an ID and PIN over the screen: the keyboard-wedge scanner must stay out of it. */
  approvalOpen: boolean;
  setApprovalOpen: (open: boolean) => void;
}

export const initialManagerState = {
  report: null,
  activities: [],
  liability: null,
  reportPending: false,
  reportError: null,
};

const NO_CARD: AppError = { code: 'bad_request', message: 'no card on screen' };

export const createManagerSlice =
  (api: TerminalApi): StateCreator<AppState, [], [], ManagerSlice> =>
  (set, get) => ({
    ...initialManagerState,
    loadShiftReport: async (fromIso, toIso) => {
      set({ reportPending: true, reportError: null });
      const range = { from: fromIso, to: toIso };
      const [shifts, activities, liability] = await Promise.all([
        api.shiftReport(range),
        api.activityReport(range),
        api.liabilityReport(range),
      ]);
      if (shifts.ok && activities.ok) {
        // The liability tile says "not available" on its own rather than hiding the whole report.
        const owed = liability.ok ? liability.value : null;
        set({ report: shifts.value, activities: activities.value.activities, liability: owed, reportPending: false });
        return;
      }
      const error = !shifts.ok ? shifts.error : !activities.ok ? activities.error : null;
      set({ ...initialManagerState, reportError: error });
    },
    voidRedemption: async (redemptionId, approval) => {
      const result = await api.voidRedemption({ redemptionId, ...approval });
      // A void made from the X report changes its totals: show the ledger's new figures at once.
      if (result.ok && get().view === 'shift') void get().loadXReport();
      return result;
    },
    freezeCardOnScreen: async (approval) => {
      const code = get().code;
      if (code === null) return NO_CARD;
      const result = await api.freezeCard({ code, ...approval });
      if (!result.ok) return result.error;
      // The backend's answer is the truth: show the frozen card as a balance check, not a sale.
      set({ card: result.value.card, mode: 'balance', step: 'card', flowError: null });
      return null;
    },
    unfreezeCardOnScreen: async (approval) => {
      const code = get().code;
      if (code === null) return NO_CARD;
      const result = await api.unfreezeCard({ code, ...approval });
      if (!result.ok) return result.error;
      set({ card: result.value.card, mode: 'balance', step: 'card', flowError: null });
      return null;
    },
    transferFromCardOnScreen: async (toCode, approval) => {
      const code = get().code;
      if (code === null) return { ok: false, error: NO_CARD };
      const result = await api.transferBalance({ code, toCode, ...approval });
      if (result.ok) set({ card: result.value.transfer.from, mode: 'balance', step: 'card', flowError: null });
      return result;
    },
    resetManager: () => set({ ...initialManagerState }),
    approvalOpen: false,
    setApprovalOpen: (open) => set({ approvalOpen: open }),
  });
