/**
 * The Security panel's state, for a signed-in manager: the store's open alerts (store-wide bursts
 * of wrong codes or PINs) and the waits running now, with dismiss and lift.
 */
import type { StateCreator } from 'zustand';
import type { LiftDelayRequest, SecurityOverview } from '../../shared/backend-api.js';
import type { AppError } from '../../shared/error-codes.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface SecuritySlice {
  security: SecurityOverview | null;
  securityError: AppError | null;
  /** Set by the status bar's alert hint: the manager view opens on its Security tab once. */
  securityRequested: boolean;
  showSecurity: () => void;
  securityShown: () => void;
  loadSecurity: () => Promise<void>;
  dismissSecurityAlert: (alertId: string) => Promise<void>;
  liftDelay: (delay: LiftDelayRequest) => Promise<void>;
}

export const initialSecurityState = { security: null, securityError: null, securityRequested: false };

export const createSecuritySlice =
  (api: TerminalApi): StateCreator<AppState, [], [], SecuritySlice> =>
  (set, get) => ({
    ...initialSecurityState,
    showSecurity: () => {
      set({ securityRequested: true });
      get().showView('manager');
    },
    securityShown: () => set({ securityRequested: false }),
    loadSecurity: async () => {
      const result = await api.securityOverview({});
      if (result.ok) set({ security: result.value, securityError: null });
      else set({ securityError: result.error });
    },
    dismissSecurityAlert: async (alertId) => {
      const result = await api.dismissSecurityAlert({ alertId });
      if (!result.ok && result.error.code !== 'not_found') set({ securityError: result.error });
      await get().loadSecurity();
    },
    liftDelay: async (delay) => {
      const result = await api.liftDelay({ kind: delay.kind, subject: delay.subject });
      if (!result.ok) set({ securityError: result.error });
      await get().loadSecurity();
    },
  });
