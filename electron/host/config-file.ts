/**
 * The one owner of `<terminalDir>/config.json`: reads it, validates it, and rewrites it atomically,
 * 0600 (it may hold the terminal key). Every setting area (printer, scanner, language, kiosk,
 * pairing) edits its own key through `editConfigFile`, which keeps every other key as it was and
 * runs one edit at a time per folder, so two saves at once cannot undo each other.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateFolder, writePrivateFileAtomically } from './private-files.js';
import { scannerConfigFileSchema } from './scanner/scanner-config.js';

export const CONFIG_FILE_NAME = 'config.json';

// Loose: keys this schema does not name (the language, settings a newer version adds) pass through,
// so rewriting the file for one setting never drops another.
const configFileSchema = z.looseObject({
  backendUrl: z.url({ protocol: /^https?$/ }).optional(),
  terminalKey: z.string().min(1).optional(),
  kiosk: z.boolean().optional(),
  /** Start the terminal when the till's user logs in (the installed app registers it). */
  autostart: z.boolean().optional(),
  /** Open the customer display on a second screen (Electron); TILLCARD_CUSTOMER_DISPLAY wins. */
  customerDisplay: z.boolean().optional(),
  /** electron-updater's generic feed (https); absent: the terminal never checks for updates. */
  updateUrl: z.url({ protocol: /^https$/ }).optional(),
  /** A serial barcode scanner: { port, baudRate?, framing? } (see docs/hardware.md). */
  scanner: scannerConfigFileSchema.optional(),
  /** How a keyboard-wedge scanner is told from typing (Settings → Scanner). */
  wedge: z.record(z.string(), z.unknown()).optional(),
  /** The receipt printer (see printing/printer-settings.ts). */
  printer: z.record(z.string(), z.unknown()).optional(),
});
export type TerminalConfigFile = z.infer<typeof configFileSchema>;

export function configPath(terminalDir: string): string {
  return join(terminalDir, CONFIG_FILE_NAME);
}

/** The file's settings, or why it cannot be used ({} then: the terminal starts on its defaults). */
export async function readConfigFile(
  terminalDir: string,
): Promise<{ file: TerminalConfigFile; problem: string | null }> {
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

/** The file as it is, for a settings form or an edit: throws when it cannot be read rather than pass for empty. */
export async function readConfigOrThrow(terminalDir: string): Promise<TerminalConfigFile> {
  const { file, problem } = await readConfigFile(terminalDir);
  // Never replace a file we cannot read: it may hold the terminal key.
  if (problem !== null) throw new Error(problem);
  return file;
}

const editsInFlight = new Map<string, Promise<unknown>>();

/**
 * Reads the file, applies `edit` and writes the result back atomically, one edit at a time per
 * folder. The result is validated before it replaces the file.
 */
export function editConfigFile(
  terminalDir: string,
  edit: (file: TerminalConfigFile) => TerminalConfigFile,
): Promise<TerminalConfigFile> {
  const previous = editsInFlight.get(terminalDir) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const result = configFileSchema.parse(edit(await readConfigOrThrow(terminalDir)));
      await writeConfigFile(terminalDir, result);
      return result;
    });
  editsInFlight.set(terminalDir, next);
  const forget = () => {
    if (editsInFlight.get(terminalDir) === next) editsInFlight.delete(terminalDir);
  };
  next.then(forget, forget);
  return next;
}

/** Sets some keys and keeps every other setting a manager saved (printer, scanner, language…). */
export async function updateTerminalConfig(terminalDir: string, changes: TerminalConfigFile): Promise<void> {
  await editConfigFile(terminalDir, (file) => ({ ...file, ...changes }));
}

/** Writes the whole file (first setup, tests): readable by its owner only, replacing the old file atomically. */
export async function writeTerminalConfig(terminalDir: string, config: TerminalConfigFile): Promise<void> {
  await writeConfigFile(terminalDir, configFileSchema.parse(config));
}

async function writeConfigFile(terminalDir: string, config: TerminalConfigFile): Promise<void> {
  await ensurePrivateFolder(terminalDir);
  await writePrivateFileAtomically(configPath(terminalDir), `${JSON.stringify(config, null, 2)}\n`);
}
