/**
 * Reads and writes the `printer` object of config.json. Writing keeps every other key of the file
 * as it is (the terminal key among them) and leaves the file readable by its owner only.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { PrinterConfig } from '../../../shared/settings.js';
import { configPath } from '../config.js';
import { loadPrinterSettings } from '../printing/printer-settings.js';

/** The printer settings config.json holds, with defaults for what it leaves out; the environment is ignored. */
export async function readPrinterConfig(terminalDir: string): Promise<PrinterConfig> {
  const { target, columns, autoPrint, footer, logo } = await loadPrinterSettings(terminalDir, {});
  return { target, columns, autoPrint, footer, logo: logo ?? false };
}

/** config.json as a plain object ({} when there is none yet); throws rather than hand back a file it cannot read. */
export async function readConfigObject(terminalDir: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(configPath(terminalDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error('cannot read config.json');
  }
  const json: unknown = JSON.parse(text);
  // Never replace a file we cannot read as an object: it may hold the terminal key.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('config.json is not an object');
  return json as Record<string, unknown>;
}

/** Replaces the `printer` object of config.json atomically, mode 0600. */
export async function writePrinterConfig(terminalDir: string, printer: PrinterConfig): Promise<void> {
  const existing = await readConfigObject(terminalDir);
  // Keep printer keys the form does not edit (the logo switch among them).
  const earlier = typeof existing.printer === 'object' && existing.printer !== null ? existing.printer : {};
  await writeConfigObject(terminalDir, { ...existing, printer: { ...earlier, ...printer } });
}

/** Replaces config.json with `config` atomically, mode 0600 (it holds the terminal key). */
export async function writeConfigObject(terminalDir: string, config: Record<string, unknown>): Promise<void> {
  await mkdir(terminalDir, { recursive: true, mode: 0o700 });
  const target = configPath(terminalDir);
  const temporary = `${target}.${process.pid}.settings.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  // writeFile's mode is masked by umask: set it again before the file takes its place.
  await chmod(temporary, 0o600);
  await rename(temporary, target);
}
