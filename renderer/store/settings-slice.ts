/**
 * The Settings screen's data: the printer settings as the host holds them, saving them, and a
 * test print whose answer the screen shows. Only a manager's session reaches it.
 */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import type { PrintOutcome } from '../../shared/receipt/printing-api.js';
import type { PrinterConfig, SettingsView } from '../../shared/settings.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface SettingsSlice {
  settings: SettingsView | null;
  settingsBusy: boolean;
  settingsError: AppError | null;
  /** Set after a successful save, cleared by the next change. */
  settingsSaved: boolean;
  testPrintOutcome: PrintOutcome | null;
  loadSettings: () => Promise<void>;
  savePrinterSettings: (printer: PrinterConfig) => Promise<void>;
  testPrint: () => Promise<void>;
  resetSettings: () => void;
}

export const initialSettingsState = {
  settings: null,
  settingsBusy: false,
  settingsError: null,
  settingsSaved: false,
  testPrintOutcome: null,
};

export function createSettingsSlice(api: TerminalApi): StateCreator<AppState, [], [], SettingsSlice> {
  return (set) => ({
    ...initialSettingsState,
    loadSettings: async () => {
      set({ settingsBusy: true, settingsError: null, settingsSaved: false, testPrintOutcome: null });
      const result = await api.getSettings({});
      if (result.ok) set({ settingsBusy: false, settings: result.value });
      else set({ settingsBusy: false, settingsError: result.error });
    },
    savePrinterSettings: async (printer) => {
      set({ settingsBusy: true, settingsError: null, settingsSaved: false });
      const result = await api.saveSettings({ printer });
      if (!result.ok) {
        set({ settingsBusy: false, settingsError: result.error });
        return;
      }
      set({ settingsBusy: false, settings: result.value, settingsSaved: true });
      // The printer may have changed: the status bar and print controls follow at once.
      const status = await api.printerStatus({});
      if (status.ok) set({ printer: status.value });
    },
    testPrint: async () => {
      set({ settingsBusy: true, settingsError: null, testPrintOutcome: null });
      const result = await api.testPrint({});
      if (!result.ok) {
        set({ settingsBusy: false, settingsError: result.error });
        return;
      }
      const { status, delivery, svg } = result.value;
      set({
        settingsBusy: false,
        testPrintOutcome: result.value,
        printer: status,
        windowReceiptSvg: delivery === 'window' ? svg : null,
      });
    },
    resetSettings: () => set(initialSettingsState),
  });
}
