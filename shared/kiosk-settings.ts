/**
 * Terminal-API methods for kiosk mode, the Kiosk section of Settings. Spread into
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
});
export type KioskSettingsView = z.infer<typeof kioskSettingsViewSchema>;

const empty = z.strictObject({});

export const kioskMethods = {
  /** Manager session only: kiosk mode as config.json holds it and as it runs now. */
  kioskSettings: { input: empty, output: kioskSettingsViewSchema },
  /** Manager session only: writes `kiosk` to config.json; it applies at the next start. */
  saveKioskSettings: { input: z.strictObject({ kiosk: z.boolean() }), output: kioskSettingsViewSchema },
  /** Manager session only: ends the app (the only way out of kiosk mode). */
  quitTerminal: { input: empty, output: z.object({ quitting: z.literal(true) }) },
} as const;
