/**
 * The cashier's shift on screen: the X report (running totals, any time) and the Z report (at
 * close). Totals always come from the backend's ledger; the renderer only shows them. A closed
 * shift takes nothing more, so after the Z report the only way on is to sign out.
 */
import type { StateCreator } from 'zustand';
import type { CloseShiftResponse, CurrentShiftResponse } from '../../shared/backend-api.js';
import type { AppError } from '../../shared/error-codes.js';
import type { MethodOutput, TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export type TerminalView = 'redeem' | 'shift' | 'manager' | 'settings';
export type ZReport = MethodOutput<'closeShift'> & CloseShiftResponse;

export interface ShiftSlice {
  view: TerminalView;
  xReport: CurrentShiftResponse | null;
  zReport: ZReport | null;
  shiftPending: boolean;
  shiftError: AppError | null;
  /** True between "Close shift" and the cashier's confirmation. */
  closeConfirming: boolean;
  showView: (view: TerminalView) => void;
  loadXReport: () => Promise<void>;
  askCloseShift: () => void;
  cancelCloseShift: () => void;
  confirmCloseShift: () => Promise<void>;
  /** After the Z report: the shift is over, the cashier signs out. */
  finishShift: () => Promise<void>;
  resetShift: () => void;
}

export const initialShiftState = {
  view: 'redeem' as TerminalView,
  xReport: null,
  zReport: null,
  shiftPending: false,
  shiftError: null,
  closeConfirming: false,
};

export const createShiftSlice =
  (api: TerminalApi): StateCreator<AppState, [], [], ShiftSlice> =>
  (set, get) => ({
    ...initialShiftState,
    showView: (view) => {
      // A closed shift keeps its Z report on screen until the cashier signs out.
      if (get().zReport !== null) return;
      set({ view, shiftError: null, closeConfirming: false });
      if (view === 'shift') void get().loadXReport();
    },
    loadXReport: async () => {
      if (get().shiftPending) return;
      set({ shiftPending: true, shiftError: null });
      const result = await api.currentShift({});
      if (result.ok) set({ xReport: result.value, shiftPending: false });
      else set({ shiftError: result.error, shiftPending: false });
    },
    askCloseShift: () => set({ closeConfirming: true, shiftError: null }),
    cancelCloseShift: () => set({ closeConfirming: false }),
    confirmCloseShift: async () => {
      if (get().shiftPending) return;
      set({ shiftPending: true, shiftError: null });
      const result = await api.closeShift({});
      if (result.ok) set({ zReport: result.value, shiftPending: false, closeConfirming: false });
      else set({ shiftError: result.error, shiftPending: false, closeConfirming: false });
    },
    finishShift: async () => {
      set({ ...initialShiftState });
      await get().signOut();
    },
    resetShift: () => set({ ...initialShiftState }),
  });
