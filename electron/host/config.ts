/**
 * Terminal configuration: where the backend is, the terminal key, and whether to run as a kiosk.
 * Read from `<terminalDir>/config.json` (config-file.ts owns the file); the environment variables
 * TILLCARD_BACKEND_URL and TILLCARD_TERMINAL_KEY win over the file.
 */
import { z } from 'zod';
import type { AppError } from '../../shared/error-codes.js';
import { customerDisplayWanted } from './customer/customer-display-config.js';
import { readConfigFile, type TerminalConfigFile } from './config-file.js';
import { resolveScannerSettings, type ScannerSettings } from './scanner/scanner-config.js';

export const DEFAULT_BACKEND_URL = 'http://127.0.0.1:8787';
export interface TerminalConfig {
  backendUrl: string;
  /** Null until the terminal is paired with the backend. */
  terminalKey: string | null;
  kiosk: boolean;
  /** True when a customer display is wanted on a second screen; absent otherwise. */
  customerDisplay?: boolean;
  /** The update feed of config.json, when it names one (TILLCARD_UPDATE_URL may still override it). */
  updateUrl?: string;
  /** The serial scanner to open, or null when none is configured. */
  scanner?: ScannerSettings | null;
  /** Why the file could not be used, when it could not; the key itself never appears here. */
  problem: string | null;
}

export type TerminalEnv = Record<string, string | undefined>;

/** Loads the configuration: environment first, then the file, then defaults. */
export async function loadTerminalConfig(terminalDir: string, env: TerminalEnv): Promise<TerminalConfig> {
  const { file, problem } = await readConfigFile(terminalDir);
  const envUrl = env.TILLCARD_BACKEND_URL?.trim();
  const envKey = env.TILLCARD_TERMINAL_KEY?.trim();
  let backendUrl = envUrl || file.backendUrl || DEFAULT_BACKEND_URL;
  let urlProblem: string | null = null;
  if (!z.url({ protocol: /^https?$/ }).safeParse(backendUrl).success) {
    urlProblem = 'TILLCARD_BACKEND_URL is not an http(s) URL';
    backendUrl = file.backendUrl ?? DEFAULT_BACKEND_URL;
  }
  return {
    backendUrl: backendUrl.replace(/\/+$/, ''),
    terminalKey: envKey || file.terminalKey || null,
    kiosk: file.kiosk ?? false,
    ...(customerDisplayWanted(env.TILLCARD_CUSTOMER_DISPLAY, file.customerDisplay) ? { customerDisplay: true } : {}),
    ...(file.updateUrl === undefined ? {} : { updateUrl: file.updateUrl }),
    ...scannerSettings(file, env),
    problem: urlProblem ?? problem,
  };
}

/** Only present when a scanner is configured, so configurations without one read as before. */
function scannerSettings(file: TerminalConfigFile, env: TerminalEnv): { scanner?: ScannerSettings } {
  const scanner = resolveScannerSettings(file.scanner, env);
  return scanner === null ? {} : { scanner };
}

/** The error every backend call answers with while the terminal has no key. */
export function notConfiguredError(config: TerminalConfig): AppError {
  const reason = config.problem ? ` (${config.problem})` : '';
  return { code: 'terminal_not_configured', message: `the terminal has no key for the backend${reason}` };
}
