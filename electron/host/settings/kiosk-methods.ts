/**
 * kioskSettings / saveKioskSettings / quitTerminal of the terminal API, for a signed-in manager
 * only. The switches are `kiosk` and `autostart` in config.json, every other key of the file kept
 * as it was; the window reads `kiosk` at start, `autostart` is registered with the system at once. Quitting is left to whoever runs the host (Electron's main process).
 */
import type { KioskSettingsView } from '../../../shared/kiosk-settings.js';
import { fail, ok, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import type { TerminalLogger } from '../logger.js';
import type { AutostartControl } from './autostart-control.js';
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
  /** Registers the app to start at login; absent where the host cannot (browser mode, a checkout). */
  autostart?: AutostartControl;
}): KioskMethods {
  const view = async (): Promise<KioskSettingsView> => {
    const file = await readConfigOrThrow(options.terminalDir);
    return {
      kiosk: file.kiosk === true,
      activeNow: options.activeNow,
      canQuit: options.quit !== undefined,
      autostart: file.autostart === true,
      canAutostart: options.autostart !== undefined,
    };
  };
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
    saveKioskSettings: async ({ kiosk, autostart }) => {
      const refused = refuseUnlessManager(options.session());
      if (refused) return refused;
      if (autostart !== undefined && !options.autostart)
        return fail({ code: 'forbidden', message: 'only the installed app can start with the computer' });
      try {
        // The system's login item first: config.json never says "on" for a registration that failed.
        if (autostart !== undefined) await options.autostart?.apply(autostart);
        await editConfigFile(options.terminalDir, (config) => ({
          ...config,
          kiosk,
          ...(autostart === undefined ? {} : { autostart }),
        }));
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

/**
 * At start: an app that was moved or updated (a new AppImage path) registers itself again, so the
 * login entry never points at a file that is gone.
 */
export async function keepAutostartCurrent(
  terminalDir: string,
  control: AutostartControl,
  logger: TerminalLogger,
): Promise<void> {
  try {
    if ((await readConfigOrThrow(terminalDir)).autostart === true) await control.apply(true);
  } catch (error) {
    logger.warn({ error: (error as Error).message }, 'start with the computer: not registered again');
  }
}
