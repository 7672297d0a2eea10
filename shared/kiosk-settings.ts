/**
 * Terminal-API methods for kiosk mode and starting with the computer, the Kiosk section of Settings. Spread into
 * `terminalMethods` (terminal-api.ts). config.json's `kiosk` is read when the app starts, so a
 * change applies at the next start; the view says which mode runs now. In kiosk mode the window
 * cannot be closed, so a manager ends the app with quitTerminal.
 */
import { z } from 'zod';

export const kioskSettingsViewSchema = z.object({
  /** config.json's switch: the window opens full screen and locked from the next start. */
  kiosk: z.boolean(),
  /** Whether this run is in kiosk mode. */
  activeNow: z.boolean(),
  /** Whether the host can end the app (Electron); a browser-mode terminal cannot. */
  canQuit: z.boolean(),
  /** config.json's `autostart`: the terminal starts when the till's user logs in. */
  autostart: z.boolean(),
  /** Whether this terminal can register itself to start at login (the installed app only). */
  canAutostart: z.boolean(),
});
export type KioskSettingsView = z.infer<typeof kioskSettingsViewSchema>;

const empty = z.strictObject({});

export const kioskMethods = {
  /** Manager session only: kiosk mode as config.json holds it and as it runs now. */
  kioskSettings: { input: empty, output: kioskSettingsViewSchema },
  /**
   * Manager session only: writes `kiosk` (applies at the next start) and, where the terminal can,
   * `autostart` (registered with the system at once) to config.json.
   */
  saveKioskSettings: {
    input: z.strictObject({ kiosk: z.boolean(), autostart: z.boolean().optional() }),
    output: kioskSettingsViewSchema,
  },
  /** Manager session only: ends the app (the only way out of kiosk mode). */
  quitTerminal: { input: empty, output: z.object({ quitting: z.literal(true) }) },
} as const;
