/**
 * getSettings / saveSettings of the terminal API. Only a signed-in manager reads or changes the
 * settings. A save writes config.json and then applies the printer settings at once.
 */
import type { SettingsView } from '../../../shared/settings.js';
import { fail, ok, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import { printerEnvironmentOverrides } from './environment-overrides.js';
import { refuseUnlessManager } from './manager-only.js';
import { readPrinterConfig, writePrinterConfig } from './printer-config-file.js';

export type SettingsMethods = Pick<TerminalMethods, 'getSettings' | 'saveSettings'>;

export function createSettingsMethods(options: {
  terminalDir: string;
  env: Record<string, string | undefined>;
  session: () => SessionView | null;
  /** Rebuilds printing from the saved file (environment variables still win). */
  applyPrinterSettings: () => Promise<void>;
}): SettingsMethods {
  const notManager = () => refuseUnlessManager(options.session());
  const view = async (): Promise<SettingsView> => ({
    printer: await readPrinterConfig(options.terminalDir),
    overriddenByEnvironment: printerEnvironmentOverrides(options.env),
  });

  return {
    getSettings: async () => notManager() ?? ok(await view()),
    saveSettings: async ({ printer }) => {
      const refused = notManager();
      if (refused) return refused;
      try {
        await writePrinterConfig(options.terminalDir, printer);
      } catch (error) {
        return fail({ code: 'internal_error', message: `settings not saved: ${(error as Error).message}` });
      }
      await options.applyPrinterSettings();
      return ok(await view());
    },
  };
}
