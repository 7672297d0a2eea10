/**
 * Serial scanner settings: `scanner` in config.json, or the environment (which wins):
 * TILLCARD_SCANNER_PORT (a device path; "none" turns the scanner off), TILLCARD_SCANNER_BAUD and
 * TILLCARD_SCANNER_SUFFIX (CR, LF, CRLF, or the characters the scanner is set to end a read with),
 * TILLCARD_SCANNER_IDLE_MS (the pause that ends a read sent without a terminator).
 */
import { z } from 'zod';
import {
  DEFAULT_SCANNER_IDLE_MS,
  SCANNER_IDLE_MS_RANGE,
  type ScannerOverridable,
} from '../../../shared/scanner-settings.js';
import type { SerialFraming } from './framing.js';

export const DEFAULT_SCANNER_BAUD = 9600;

const framingSchema = z.union([z.enum(['CR', 'LF', 'CRLF']), z.object({ suffix: z.string().min(1) })]);

export const scannerConfigFileSchema = z.object({
  port: z.string().min(1),
  baudRate: z.number().int().positive().optional(),
  framing: framingSchema.optional(),
  idleMs: z.number().int().min(SCANNER_IDLE_MS_RANGE[0]).max(SCANNER_IDLE_MS_RANGE[1]).optional(),
});
export type ScannerConfigFile = z.infer<typeof scannerConfigFileSchema>;

export interface ScannerSettings {
  port: string;
  baudRate: number;
  framing: SerialFraming;
  idleMs: number;
}

function idleMsFromEnv(text: string | undefined): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= SCANNER_IDLE_MS_RANGE[0] && value <= SCANNER_IDLE_MS_RANGE[1]
    ? value
    : null;
}

function framingFromEnv(text: string): SerialFraming {
  const upper = text.toUpperCase();
  if (upper === 'CR' || upper === 'LF' || upper === 'CRLF') return upper;
  return { suffix: text };
}

/** Null when no serial scanner is configured. */
export function resolveScannerSettings(
  file: ScannerConfigFile | undefined,
  env: Record<string, string | undefined>,
): ScannerSettings | null {
  const envPort = env.TILLCARD_SCANNER_PORT?.trim();
  if (envPort === 'none') return null;
  const port = envPort || file?.port;
  if (!port) return null;
  const envBaud = Number(env.TILLCARD_SCANNER_BAUD);
  const baudRate = Number.isInteger(envBaud) && envBaud > 0 ? envBaud : (file?.baudRate ?? DEFAULT_SCANNER_BAUD);
  const envSuffix = env.TILLCARD_SCANNER_SUFFIX;
  const framing = envSuffix ? framingFromEnv(envSuffix) : (file?.framing ?? 'CR');
  const idleMs = idleMsFromEnv(env.TILLCARD_SCANNER_IDLE_MS) ?? file?.idleMs ?? DEFAULT_SCANNER_IDLE_MS;
  return { port, baudRate, framing, idleMs };
}

/** Which scanner settings the environment decides right now (the same tests as resolveScannerSettings). */
export function scannerEnvironmentOverrides(env: Record<string, string | undefined>): ScannerOverridable[] {
  const overridden: ScannerOverridable[] = [];
  if (env.TILLCARD_SCANNER_PORT?.trim()) overridden.push('port');
  const envBaud = Number(env.TILLCARD_SCANNER_BAUD);
  if (Number.isInteger(envBaud) && envBaud > 0) overridden.push('baudRate');
  if (env.TILLCARD_SCANNER_SUFFIX) overridden.push('framing');
  if (idleMsFromEnv(env.TILLCARD_SCANNER_IDLE_MS) !== null) overridden.push('idleMs');
  return overridden;
}
