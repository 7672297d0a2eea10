import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import type { SessionView, TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface SessionSlice {
  session: SessionView | null;
  signInPending: boolean;
  signInError: AppError | null;
  signIn: (cashierId: string, pin: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** The host says the session is gone (expired or revoked): back to the sign-in screen. */
  endSession: (reason: AppError) => void;
}

export const initialSessionState = { session: null, signInPending: false, signInError: null };

const PIN_PATTERN = /^\d{4,8}$/;

export const createSessionSlice =
  (api: TerminalApi): StateCreator<AppState, [], [], SessionSlice> =>
  (set, get) => ({
    ...initialSessionState,
    signIn: async (cashierId, pin) => {
      if (get().signInPending) return;
      if (cashierId.trim() === '' || !PIN_PATTERN.test(pin)) {
        set({ signInError: { code: 'pin_wrong', message: 'cashier id or PIN missing or malformed' } });
        return;
      }
      set({ signInPending: true, signInError: null });
      const result = await api.signIn({ cashierId: cashierId.trim(), pin });
      if (result.ok) {
        get().resetFlow();
        set({ session: result.value, signInPending: false });
      } else {
        set({ signInError: result.error, signInPending: false });
      }
    },
    signOut: async () => {
      await api.signOut({});
      get().resetFlow();
      set({ ...initialSessionState });
    },
    endSession: (reason) => {
      get().resetFlow();
      set({ session: null, signInPending: false, signInError: reason });
    },
  });
