/**
 * Reads and writes the `scanner` object of config.json for the Settings screen. Writing keeps
 * every other key of the file (the terminal key, the printer) and the file's 0600 mode.
 */
import {
  DEFAULT_SCANNER_IDLE_MS,
  DEFAULT_WEDGE_CONFIG,
  wedgeConfigSchema,
  type SerialScannerConfig,
  type WedgeConfig,
} from '../../../shared/scanner-settings.js';
import { editConfigFile, readConfigOrThrow } from '../config-file.js';
import { DEFAULT_SCANNER_BAUD, scannerConfigFileSchema } from './scanner-config.js';

/** The serial scanner config.json names, with defaults for what it leaves out; the environment is ignored. */
export async function readScannerConfig(terminalDir: string): Promise<SerialScannerConfig | null> {
  const parsed = scannerConfigFileSchema.safeParse((await readConfigOrThrow(terminalDir)).scanner);
  if (!parsed.success) return null;
  const { port, baudRate, framing, idleMs } = parsed.data;
  return {
    port,
    baudRate: baudRate ?? DEFAULT_SCANNER_BAUD,
    framing: framing ?? 'CR',
    idleMs: idleMs ?? DEFAULT_SCANNER_IDLE_MS,
  };
}

/** The keyboard-wedge settings of config.json's `wedge` object, or the defaults. */
export async function readWedgeConfig(terminalDir: string): Promise<WedgeConfig> {
  const parsed = wedgeConfigSchema.safeParse((await readConfigOrThrow(terminalDir)).wedge);
  return parsed.success ? parsed.data : DEFAULT_WEDGE_CONFIG;
}

/** Replaces the `scanner` (null removes it: no serial scanner) and `wedge` objects of config.json. */
export async function writeScannerConfig(
  terminalDir: string,
  serial: SerialScannerConfig | null,
  wedge: WedgeConfig,
): Promise<void> {
  await editConfigFile(terminalDir, ({ scanner: _previous, ...rest }) =>
    serial === null ? { ...rest, wedge } : { ...rest, scanner: serial, wedge },
  );
}
