import type { StateCreator } from 'zustand';
import type { ConnectionState, Outcome, ScannerState, TerminalApi, TerminalStatus } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface ConnectionSlice {
  connection: ConnectionState;
  /** Redemptions in the host's outbox whose outcome is not known yet. */
  pendingCount: number;
  /** Redemptions whose answer was lost: still pending, and settled since the terminal started. */
  outcomes: { pending: Outcome[]; resolved: Outcome[] };
  configured: boolean;
  statusLoaded: boolean;
  /** The host's serial scanner; null when the host does not say. */
  scanner: ScannerState | null;
  applyStatus: (status: TerminalStatus) => void;
  setConnection: (connection: ConnectionState) => void;
  refreshStatus: () => Promise<void>;
}

/**
 * Redemptions whose outcome is not known yet, as the cashier should count them: the host's outbox,
 * the lost answers it is still checking, and the one on screen while its answer is being checked.
 */
export function unsettledCount(state: Pick<AppState, 'pendingCount' | 'outcomes' | 'checking'>): number {
  return Math.max(state.pendingCount, state.outcomes.pending.length, state.checking ? 1 : 0);
}

export const initialConnectionState = {
  connection: 'unknown' as ConnectionState,
  pendingCount: 0,
  outcomes: { pending: [] as Outcome[], resolved: [] as Outcome[] },
  configured: true,
  statusLoaded: false,
  scanner: null as ScannerState | null,
};

export const createConnectionSlice =
  (api: TerminalApi): StateCreator<AppState, [], [], ConnectionSlice> =>
  (set, get) => ({
    ...initialConnectionState,
    applyStatus: (status) => {
      if (status.session === null && get().session !== null) get().resetFlow();
      get().noteConnection(status.connection);
      set({
        connection: status.connection,
        pendingCount: status.pendingCount,
        outcomes: status.outcomes ?? initialConnectionState.outcomes,
        configured: status.configured,
        statusLoaded: true,
        session: status.session,
        scanner: status.scanner ?? null,
      });
    },
    setConnection: (connection) => {
      get().noteConnection(connection);
      set({ connection });
    },
    refreshStatus: async () => {
      const result = await api.getStatus({});
      if (result.ok) get().applyStatus(result.value);
      else set({ connection: 'offline', statusLoaded: true });
    },
  });
