/**
 * Terminal configuration: where the backend is, the terminal key, and whether to run as a kiosk.
 * Read from `<terminalDir>/config.json` (written 0600, because it holds the key); the environment
 * variables TILLCARD_BACKEND_URL and TILLCARD_TERMINAL_KEY win over the file.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AppError } from '../../shared/error-codes.js';
import { customerDisplayWanted } from './customer/customer-display-config.js';
import { resolveScannerSettings, scannerConfigFileSchema, type ScannerSettings } from './scanner/scanner-config.js';

export const DEFAULT_BACKEND_URL = 'http://127.0.0.1:8787';
export const CONFIG_FILE_NAME = 'config.json';

// Loose: keys this schema does not name (the language, settings a newer version adds) pass through,
// so rewriting the file for one setting never drops another.
const configFileSchema = z.looseObject({
  backendUrl: z.url({ protocol: /^https?$/ }).optional(),
  terminalKey: z.string().min(1).optional(),
  kiosk: z.boolean().optional(),
  /** Open the customer display on a second screen (Electron); TILLCARD_CUSTOMER_DISPLAY wins. */
  customerDisplay: z.boolean().optional(),
  /** electron-updater's generic feed (https); absent: the terminal never checks for updates. */
  updateUrl: z.url({ protocol: /^https$/ }).optional(),
  /** A serial barcode scanner: { port, baudRate?, framing? } (see docs/hardware.md). */
  scanner: scannerConfigFileSchema.optional(),
  /** How a keyboard-wedge scanner is told from typing (Settings → Scanner); kept here so rewriting the file keeps it. */
  wedge: z.record(z.string(), z.unknown()).optional(),
  /** The receipt printer (see printing/printer-settings.ts); kept here so rewriting the file keeps it. */
  printer: z.record(z.string(), z.unknown()).optional(),
});
export type TerminalConfigFile = z.infer<typeof configFileSchema>;

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

export function configPath(terminalDir: string): string {
  return join(terminalDir, CONFIG_FILE_NAME);
}

async function readConfigFile(terminalDir: string): Promise<{ file: TerminalConfigFile; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(configPath(terminalDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: {}, problem: null };
    return { file: {}, problem: `cannot read ${CONFIG_FILE_NAME}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { file: {}, problem: `${CONFIG_FILE_NAME} is not valid JSON` };
  }
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    return { file: {}, problem: `${CONFIG_FILE_NAME} has invalid fields: ${fields}` };
  }
  return { file: parsed.data, problem: null };
}

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

/** Writes config.json readable by its owner only, replacing the old file atomically. */
/** Sets some keys of config.json and keeps every other setting a manager saved (printer, scanner, language…). */
export async function updateTerminalConfig(terminalDir: string, changes: TerminalConfigFile): Promise<void> {
  const { file } = await readConfigFile(terminalDir);
  await writeTerminalConfig(terminalDir, { ...file, ...changes });
}

export async function writeTerminalConfig(terminalDir: string, config: TerminalConfigFile): Promise<void> {
  const valid = configFileSchema.parse(config);
  await mkdir(terminalDir, { recursive: true, mode: 0o700 });
  const target = configPath(terminalDir);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(valid, null, 2)}\n`, { mode: 0o600 });
  // The mode given to writeFile is masked by umask and ignored for an existing file: set it again.
  await chmod(temporary, 0o600);
  await rename(temporary, target);
}
