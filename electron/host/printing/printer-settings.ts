/**
 * Printer settings: the `printer` object of the terminal's config.json, with environment variables
 * winning over it (TILLCARD_PRINTER, TILLCARD_PRINTER_COLUMNS, TILLCARD_AUTO_PRINT,
 * TILLCARD_RECEIPT_FOOTER). The paper and font are kept as `paper` ("58mm", "80mm") and `font`
 * ("normal", "small"); a file from before names them by `columns` alone, read as the profile
 * those columns stand for (42: 58 mm in the small font) and rewritten (printer-config-file.ts). TILLCARD_PRINTER reads like a URL:
 * `tcp://192.168.1.50:9100`, `serial:/dev/ttyUSB0?baud=19200`, `usb:/dev/usb/lp0`, `system`, `none`,
 * `pdf` or `pdf:/folder/for/receipts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_RECEIPT_COLUMNS,
  PAPER_WIDTHS,
  PRINT_FONTS,
  RECEIPT_COLUMNS,
  profileOf,
  type ReceiptColumns,
} from '../../../shared/receipt/printer-profiles.js';

export const autoPrintSchema = z.enum(['always', 'ask', 'never']);

const printerTargetSchema = z.discriminatedUnion('transport', [
  z.object({
    transport: z.literal('tcp'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.object({
    transport: z.literal('serial'),
    path: z.string().min(1),
    baudRate: z.number().int().positive().default(19200),
  }),
  z.object({ transport: z.literal('usb'), devicePath: z.string().min(1).default('/dev/usb/lp0') }),
  z.object({ transport: z.literal('system') }),
  z.object({ transport: z.literal('none') }),
  /** Save as PDF into `folder`; absent, the `receipts` folder of the terminal's data folder. */
  z.object({ transport: z.literal('pdf'), folder: z.string().min(1).optional() }),
]);
export type PrinterTarget = z.infer<typeof printerTargetSchema>;

const printerFileSchema = z.object({
  target: printerTargetSchema.optional(),
  paper: z.enum(PAPER_WIDTHS).optional(),
  font: z.enum(PRINT_FONTS).optional(),
  /** Files written before paper and font: the profile by its characters per line. */
  columns: z.union(RECEIPT_COLUMNS.map((columns) => z.literal(columns))).optional(),
  autoPrint: autoPrintSchema.optional(),
  footer: z.string().max(200).optional(),
  /** Print the word mark (assets/logo.png) at the top of every receipt. */
  logo: z.boolean().optional(),
});

export interface PrinterSettings {
  target: PrinterTarget;
  /** The printer profile (paper width and font) by its characters per line. */
  columns: ReceiptColumns;
  autoPrint: z.infer<typeof autoPrintSchema>;
  footer: string;
  /** Absent or false: no logo. */
  logo?: boolean;
  problem: string | null;
}

export const DEFAULT_FOOTER = 'Thank you. Keep this receipt to check your balance.';

/** Reads TILLCARD_PRINTER; null when it cannot be read, so the caller can say so. */
export function parsePrinterUrl(text: string): PrinterTarget | null {
  if (text === 'system' || text === 'none') return { transport: text };
  const tcp = /^tcp:\/\/([^:/]+)(?::(\d+))?\/?$/.exec(text);
  if (tcp?.[1]) return { transport: 'tcp', host: tcp[1], port: Number(tcp[2] ?? 9100) };
  const serial = /^serial:([^?]+)(?:\?baud=(\d+))?$/.exec(text);
  if (serial?.[1]) return { transport: 'serial', path: serial[1], baudRate: Number(serial[2] ?? 19200) };
  if (text === 'pdf') return { transport: 'pdf' };
  const pdf = /^pdf:(.+)$/.exec(text);
  if (pdf?.[1]) return { transport: 'pdf', folder: pdf[1] };
  const usb = /^usb:(.+)$/.exec(text);
  if (usb?.[1]) return { transport: 'usb', devicePath: usb[1] };
  return null;
}

export type PrinterFileSection = z.infer<typeof printerFileSchema>;

/** The profile a `printer` object names: by paper and font, else by the columns of an older file. */
export function columnsOfPrinterFile(file: PrinterFileSection): ReceiptColumns | undefined {
  if (file.paper !== undefined) return profileOf(file.paper, file.font ?? 'normal').columns as ReceiptColumns;
  return file.columns;
}

async function readPrinterSection(terminalDir: string): Promise<PrinterFileSection> {
  try {
    const json = JSON.parse(await readFile(join(terminalDir, 'config.json'), 'utf8')) as { printer?: unknown };
    return printerFileSchema.parse(json.printer ?? {});
  } catch {
    // A missing or unreadable file is reported by the main configuration; printing falls back to defaults.
    return {};
  }
}

export async function loadPrinterSettings(
  terminalDir: string,
  env: Record<string, string | undefined>,
): Promise<PrinterSettings> {
  const file = await readPrinterSection(terminalDir);
  const envTarget = env.TILLCARD_PRINTER?.trim() ? parsePrinterUrl(env.TILLCARD_PRINTER.trim()) : undefined;
  const envColumns = Number(env.TILLCARD_PRINTER_COLUMNS);
  const envAutoPrint = autoPrintSchema.safeParse(env.TILLCARD_AUTO_PRINT);
  return {
    target: envTarget ?? file.target ?? { transport: 'system' },
    columns:
      RECEIPT_COLUMNS.find((columns) => columns === envColumns) ??
      columnsOfPrinterFile(file) ??
      DEFAULT_RECEIPT_COLUMNS,
    autoPrint: envAutoPrint.success ? envAutoPrint.data : (file.autoPrint ?? 'ask'),
    footer: env.TILLCARD_RECEIPT_FOOTER ?? file.footer ?? DEFAULT_FOOTER,
    logo: file.logo ?? false,
    problem: envTarget === null ? 'TILLCARD_PRINTER is not a printer address' : null,
  };
}
