/**
 * Reads and writes the `printer` object of config.json. Writing keeps every other key of the file
 * as it is (the terminal key among them) and leaves the file readable by its owner only.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isReceiptColumns, profileOfColumns } from '../../../shared/receipt/printer-profiles.js';
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

/** Replaces the `printer` object of config.json atomically, mode 0600; the profile is written as paper and font. */
export async function writePrinterConfig(terminalDir: string, printer: PrinterConfig): Promise<void> {
  const existing = await readConfigObject(terminalDir);
  // Keep printer keys the form does not edit (the logo switch among them).
  const { columns: _older, ...earlier } = printerObject(existing);
  const { columns, ...rest } = printer;
  const { paper, font } = profileOfColumns(columns);
  await writeConfigObject(terminalDir, { ...existing, printer: { ...earlier, ...rest, paper, font } });
}

/**
 * Rewrites a `printer` object that names its profile by `columns` alone (files from before paper
 * and font) as the paper and font those columns stand for; 42 columns now print in the small
 * font on 58 mm paper, as they were always meant to. Answers whether the file changed.
 */
export async function migratePrinterProfile(terminalDir: string): Promise<boolean> {
  const existing = await readConfigObject(terminalDir);
  const { columns, ...rest } = printerObject(existing);
  if (!isReceiptColumns(columns) || 'paper' in rest) return false;
  const { paper, font } = profileOfColumns(columns);
  await writeConfigObject(terminalDir, { ...existing, printer: { ...rest, paper, font } });
  return true;
}

function printerObject(config: Record<string, unknown>): Record<string, unknown> {
  const { printer } = config;
  return typeof printer === 'object' && printer !== null && !Array.isArray(printer)
    ? (printer as Record<string, unknown>)
    : {};
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
