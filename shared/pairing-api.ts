/**
 * Terminal-API methods for pairing this terminal with the backend, and the Backend section of
 * Settings. Spread into `terminalMethods` (terminal-api.ts). The terminal key never crosses to
 * the renderer: these answers say whether there is one, where it came from and how it is kept.
 */
import { z } from 'zod';
import { pairingCodeInputSchema, pairingCodeSchema, terminalNameSchema } from './backend-api.js';

export const backendUrlSchema = z.url({ protocol: /^https?$/ }).max(300);

/**
 * Where the key in use came from: 'environment' (TILLCARD_TERMINAL_KEY), 'config' (config.json,
 * written by an installer), 'paired' (this terminal paired itself), or 'none' (not paired).
 */
export const keySourceSchema = z.enum(['environment', 'config', 'paired', 'none']);
export type KeySource = z.infer<typeof keySourceSchema>;

/**
 * How a paired key is kept: 'os' (encrypted by the operating system's key store), 'os-weak'
 * (encrypted, but the system has no secret service, so the key protecting it is a fixed one),
 * 'file' (a file only this user can read). Null when the key did not come from pairing.
 */
export const keyProtectionSchema = z.enum(['os', 'os-weak', 'file']);
export type KeyProtection = z.infer<typeof keyProtectionSchema>;

export const backendSettingsSchema = z.object({
  backendUrl: z.string(),
  keySource: keySourceSchema,
  keyProtection: keyProtectionSchema.nullable(),
  /** The paired terminal as the backend named it; null for keys from the environment or config.json. */
  terminal: z.object({ id: z.string(), name: z.string(), storeName: z.string() }).nullable(),
  pairedAt: z.string().nullable(),
});
export type BackendSettings = z.infer<typeof backendSettingsSchema>;

export const pairTerminalInputSchema = z.strictObject({
  backendUrl: backendUrlSchema,
  code: pairingCodeInputSchema,
  terminalName: terminalNameSchema.optional(),
});
export type PairTerminalInput = z.infer<typeof pairTerminalInputSchema>;

const empty = z.strictObject({});

export const pairingMethods = {
  /** Pairs the terminal with a manager's one-time code. Re-pairing an already paired terminal needs a manager session. */
  pairTerminal: { input: pairTerminalInputSchema, output: backendSettingsSchema },
  /** Manager session only: the Backend section of Settings. */
  backendSettings: { input: empty, output: backendSettingsSchema },
  /** Manager session only: forgets the key; the terminal shows the pairing screen again. */
  unpairTerminal: { input: empty, output: backendSettingsSchema },
  /** Manager session only: a one-time code another terminal of this store can pair with. */
  createPairingCode: { input: z.strictObject({ terminalName: terminalNameSchema }), output: pairingCodeSchema },
} as const;
