/**
 * kioskSettings / saveKioskSettings / quitTerminal of the terminal API, for a signed-in manager
 * only. The switch is `kiosk` in config.json, every other key of the file kept as it was; the
 * window reads it at start. Quitting is left to whoever runs the host (Electron's main process).
 */
import type { KioskSettingsView } from '../../../shared/kiosk-settings.js';
import { fail, ok, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import { refuseUnlessManager } from './manager-only.js';
import { editConfigFile, readConfigOrThrow } from '../config-file.js';

export type KioskMethods = Pick<TerminalMethods, 'kioskSettings' | 'saveKioskSettings' | 'quitTerminal'>;

export function createKioskMethods(options: {
  terminalDir: string;
  session: () => SessionView | null;
  /** Whether this run is in kiosk mode (config.json as it was at start). */
  activeNow: boolean;
  /** Ends the app; absent where the host cannot (browser mode). */
  quit?: () => void;
}): KioskMethods {
  const view = async (): Promise<KioskSettingsView> => ({
    kiosk: (await readConfigOrThrow(options.terminalDir)).kiosk === true,
    activeNow: options.activeNow,
    canQuit: options.quit !== undefined,
  });
  const failed = (what: string, error: unknown) =>
    fail<never>({ code: 'internal_error', message: `${what}: ${(error as Error).message}` });

  return {
    kioskSettings: async () => {
      const refused = refuseUnlessManager(options.session());
      if (refused) return refused;
      try {
        return ok(await view());
      } catch (error) {
        return failed('kiosk settings not read', error);
      }
    },
    saveKioskSettings: async ({ kiosk }) => {
      const refused = refuseUnlessManager(options.session());
      if (refused) return refused;
      try {
        await editConfigFile(options.terminalDir, (config) => ({ ...config, kiosk }));
        return ok(await view());
      } catch (error) {
        return failed('kiosk settings not saved', error);
      }
    },
    quitTerminal: async () => {
      const refused = refuseUnlessManager(options.session());
      if (refused) return refused;
      if (!options.quit)
        return fail({ code: 'forbidden', message: 'this terminal cannot quit itself: close its window' });
      // Answer first, then quit: the renderer hears that the request was taken.
      setTimeout(options.quit, 0);
      return ok({ quitting: true as const });
    },
  };
}
