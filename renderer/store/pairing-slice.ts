import type { StateCreator } from 'zustand';
import type { PairingCode } from '../../shared/backend-api.js';
import type { AppError } from '../../shared/error-codes.js';
import type { BackendSettings, PairTerminalInput } from '../../shared/pairing-api.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

/**
 * Pairing this terminal with the backend, the Backend section of Settings and a manager's new
 * pairing code. Actions answer with the error to show, or null. Whether the terminal is paired
 * at all is `configured`, from the host's status.
 */
export interface PairingSlice {
  backendSettings: BackendSettings | null;
  /** Shown once, until the manager presses Done or leaves. */
  newPairingCode: PairingCode | null;
  /** The backend URL the host has now (environment, config.json or default): the pairing form's start. */
  suggestedBackendUrl: string | null;
  loadSuggestedBackendUrl: () => Promise<void>;
  pairTerminal: (input: PairTerminalInput) => Promise<AppError | null>;
  loadBackendSettings: () => Promise<AppError | null>;
  unpairTerminal: () => Promise<AppError | null>;
  createPairingCode: (terminalName: string) => Promise<AppError | null>;
  dismissPairingCode: () => void;
}

export const initialPairingState = {
  backendSettings: null as BackendSettings | null,
  newPairingCode: null as PairingCode | null,
  suggestedBackendUrl: null as string | null,
};

export const createPairingSlice =
  (api: TerminalApi): StateCreator<AppState, [], [], PairingSlice> =>
  (set, get) => ({
    ...initialPairingState,
    loadSuggestedBackendUrl: async () => {
      const result = await api.getStatus({});
      if (result.ok) set({ suggestedBackendUrl: result.value.backendUrl });
    },
    pairTerminal: async (input) => {
      const result = await api.pairTerminal(input);
      if (!result.ok) return result.error;
      set({ backendSettings: result.value });
      // The host also pushes its status; asking makes the switch to sign-in not wait for it.
      await get().refreshStatus();
      return null;
    },
    loadBackendSettings: async () => {
      const result = await api.backendSettings({});
      if (!result.ok) return result.error;
      set({ backendSettings: result.value });
      return null;
    },
    unpairTerminal: async () => {
      const result = await api.unpairTerminal({});
      if (!result.ok) return result.error;
      set({ ...initialPairingState });
      await get().refreshStatus();
      return null;
    },
    createPairingCode: async (terminalName) => {
      const result = await api.createPairingCode({ terminalName });
      if (!result.ok) return result.error;
      set({ newPairingCode: result.value });
      return null;
    },
    dismissPairingCode: () => set({ newPairingCode: null }),
  });
