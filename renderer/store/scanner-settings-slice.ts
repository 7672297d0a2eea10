/**
 * The Settings screen's Scanner section: the serial scanner and keyboard-wedge settings as the host
 * holds them, and saving them (the host reopens the scanner at once; its state reaches the status
 * bar by the status event). The redeem screen's wedge detector reads `wedgeOptions`.
 */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import {
  DEFAULT_WEDGE_CONFIG,
  type ScannerFormErrors,
  type ScannerSettingsView,
  type SerialScannerConfig,
  type WedgeConfig,
} from '../../shared/scanner-settings.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface ScannerSettingsSlice {
  scannerSettings: ScannerSettingsView | null;
  scannerSettingsBusy: boolean;
  scannerSettingsError: AppError | null;
  /** Fields the host refused on the last save (a port with no device behind it); null when none. */
  scannerSettingsFieldErrors: ScannerFormErrors | null;
  /** Set after a successful save, cleared by the next load or save. */
  scannerSettingsSaved: boolean;
  /** The keyboard-wedge detector's settings for the redeem screen; null until loaded. */
  wedgeOptions: WedgeConfig | null;
  loadScannerSettings: () => Promise<void>;
  saveScannerSettings: (serial: SerialScannerConfig | null, wedge: WedgeConfig) => Promise<void>;
  loadWedgeOptions: () => Promise<void>;
}

export const initialScannerSettingsState = {
  scannerSettings: null,
  scannerSettingsBusy: false,
  scannerSettingsError: null,
  scannerSettingsFieldErrors: null,
  scannerSettingsSaved: false,
  wedgeOptions: null,
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
    saveScannerSettings: async (serial, wedge) => {
      set({
        scannerSettingsBusy: true,
        scannerSettingsError: null,
        scannerSettingsFieldErrors: null,
        scannerSettingsSaved: false,
      });
      const result = await api.saveScannerSettings({ serial, wedge });
      if (!result.ok) {
        const { details } = result.error;
        // A field the host refused is said beside that field, not as an error of the whole screen.
        if (details?.field === 'port' && details.problem === 'not_found')
          set({ scannerSettingsBusy: false, scannerSettingsFieldErrors: { port: 'not_found' } });
        else set({ scannerSettingsBusy: false, scannerSettingsError: result.error });
        return;
      }
      set({
        scannerSettingsBusy: false,
        scannerSettings: result.value,
        scannerSettingsSaved: true,
        // The redeem screen's detector follows at once.
        wedgeOptions: result.value.wedge,
      });
    },
    loadWedgeOptions: async () => {
      const result = await api.wedgeSettings({});
      // Unreadable settings leave the built-in ones: scanning must keep working.
      set({ wedgeOptions: result.ok ? result.value : DEFAULT_WEDGE_CONFIG });
    },
  });
}
