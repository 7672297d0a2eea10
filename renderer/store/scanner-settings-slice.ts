/**
 * The Settings screen's Scanner section: the serial scanner as the host holds it, and saving it
 * (the host reopens the scanner at once; its state reaches the status bar by the status event).
 */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import type { ScannerSettingsView, SerialScannerConfig } from '../../shared/scanner-settings.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface ScannerSettingsSlice {
  scannerSettings: ScannerSettingsView | null;
  scannerSettingsBusy: boolean;
  scannerSettingsError: AppError | null;
  /** Set after a successful save, cleared by the next load or save. */
  scannerSettingsSaved: boolean;
  loadScannerSettings: () => Promise<void>;
  saveScannerSettings: (serial: SerialScannerConfig | null) => Promise<void>;
}

export const initialScannerSettingsState = {
  scannerSettings: null,
  scannerSettingsBusy: false,
  scannerSettingsError: null,
  scannerSettingsSaved: false,
};

export function createScannerSettingsSlice(api: TerminalApi): StateCreator<AppState, [], [], ScannerSettingsSlice> {
  return (set) => ({
    ...initialScannerSettingsState,
    loadScannerSettings: async () => {
      set({ scannerSettingsBusy: true, scannerSettingsError: null, scannerSettingsSaved: false });
      const result = await api.scannerSettings({});
      if (result.ok) set({ scannerSettingsBusy: false, scannerSettings: result.value });
      else set({ scannerSettingsBusy: false, scannerSettingsError: result.error });
    },
    saveScannerSettings: async (serial) => {
      set({ scannerSettingsBusy: true, scannerSettingsError: null, scannerSettingsSaved: false });
      const result = await api.saveScannerSettings({ serial });
      if (result.ok) set({ scannerSettingsBusy: false, scannerSettings: result.value, scannerSettingsSaved: true });
      else set({ scannerSettingsBusy: false, scannerSettingsError: result.error });
    },
  });
}
