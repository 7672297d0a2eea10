/**
 * Settings → Kiosk mode: the switch as the host holds it (applied at the next start) and the
 * manager's Quit, the only way out of a kiosk window.
 */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import type { KioskSettingsView } from '../../shared/kiosk-settings.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface KioskSlice {
  /** Null until loaded. */
  kioskSettings: KioskSettingsView | null;
  /** Answers the error to show, or null when loaded. */
  loadKioskSettings: () => Promise<AppError | null>;
  /** Answers the error to show, or null when saved. */
  saveKioskSettings: (choice: { kiosk: boolean; autostart?: boolean }) => Promise<AppError | null>;
  /** Answers the error to show, or null when the host is quitting. */
  quitTerminal: () => Promise<AppError | null>;
}

export const initialKioskState = { kioskSettings: null };

export function createKioskSlice(api: TerminalApi): StateCreator<AppState, [], [], KioskSlice> {
  return (set) => ({
    ...initialKioskState,
    loadKioskSettings: async () => {
      const result = await api.kioskSettings({});
      if (!result.ok) return result.error;
      set({ kioskSettings: result.value });
      return null;
    },
    saveKioskSettings: async (choice) => {
      const result = await api.saveKioskSettings(choice);
      if (!result.ok) return result.error;
      set({ kioskSettings: result.value });
      return null;
    },
    quitTerminal: async () => {
      const result = await api.quitTerminal({});
      return result.ok ? null : result.error;
    },
  });
}
