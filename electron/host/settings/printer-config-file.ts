/**
 * Reads and writes the `printer` object of config.json, through the file's one owner
 * (config-file.ts), which keeps every other key as it is and the file readable by its owner only.
 */
import { isReceiptColumns, profileOfColumns } from '../../../shared/receipt/printer-profiles.js';
import type { PrinterConfig } from '../../../shared/settings.js';
import { editConfigFile, readConfigFile } from '../config-file.js';
import { loadPrinterSettings } from '../printing/printer-settings.js';

/** The printer settings config.json holds, with defaults for what it leaves out; the environment is ignored. */
export async function readPrinterConfig(terminalDir: string): Promise<PrinterConfig> {
  const { target, columns, autoPrint, footer, logo } = await loadPrinterSettings(terminalDir, {});
  return { target, columns, autoPrint, footer, logo: logo ?? false };
}

/** Replaces the `printer` object of config.json atomically, mode 0600; the profile is written as paper and font. */
export async function writePrinterConfig(terminalDir: string, printer: PrinterConfig): Promise<void> {
  const { columns, ...rest } = printer;
  const { paper, font } = profileOfColumns(columns);
  await editConfigFile(terminalDir, (existing) => {
    // Keep printer keys the form does not edit (the logo switch among them).
    const { columns: _older, ...earlier } = existing.printer ?? {};
    return { ...existing, printer: { ...earlier, ...rest, paper, font } };
  });
}

/**
 * Rewrites a `printer` object that names its profile by `columns` alone (files from before paper
 * and font) as the paper and font those columns stand for; 42 columns now print in the small
 * font on 58 mm paper, as they were always meant to. Answers whether the file changed.
 */
export async function migratePrinterProfile(terminalDir: string): Promise<boolean> {
  const { file } = await readConfigFile(terminalDir);
  if (!needsProfile(file.printer)) return false;
  await editConfigFile(terminalDir, (existing) => {
    // Looked at again inside the edit: another save may have come first.
    if (!needsProfile(existing.printer)) return existing;
    const { columns, ...rest } = existing.printer;
    const { paper, font } = profileOfColumns(columns);
    return { ...existing, printer: { ...rest, paper, font } };
  });
  return true;
}

function needsProfile(
  printer: Record<string, unknown> | undefined,
): printer is Record<string, unknown> & { columns: Parameters<typeof profileOfColumns>[0] } {
  return printer !== undefined && isReceiptColumns(printer.columns) && !('paper' in printer);
}
