/**
 * The printing part of the terminal API: printer status as the renderer sees it, and what a print
 * request did. Added to `terminalMethods` / `terminalEvents` in ../terminal-api.ts.
 */
import { z } from 'zod';

export const printerConditionSchema = z.enum([
  'ready',
  'paper_out',
  'cover_open',
  'offline',
  'unknown',
  'not_configured',
  /** Save as PDF: the receipt folder cannot be written (missing, read-only, disk full). */
  'cannot_save',
]);

export const printerStatusSchema = z.object({
  /**
   * tcp / serial / usb: an ESC/POS printer the host drives; system: the window's print dialog;
   * pdf: the host saves each receipt as a PDF file.
   */
  transport: z.enum(['tcp', 'serial', 'usb', 'system', 'none', 'pdf']),
  columns: z.number().int().positive(),
  autoPrint: z.enum(['always', 'ask', 'never']),
  condition: printerConditionSchema,
  /** One sentence for the cashier, with the next step when something is wrong. */
  message: z.string(),
  /** Receipts waiting for the printer; Retry printing sends them. */
  queuedCount: z.number().int().nonnegative(),
  canReprint: z.boolean(),
  /** Save as PDF: the file the last receipt was saved to, for the screen to name; null before the first. */
  savedPdfPath: z.string().nullable().optional(),
});
export type PrinterStatus = z.infer<typeof printerStatusSchema>;

export const printOutcomeSchema = z.object({
  /**
   * printed: sent to the printer. queued: waiting (status says why). window: the renderer prints
   * `svg` through the system print dialog (Electron's webContents.print, or window.print()).
   */
  delivery: z.enum(['printed', 'queued', 'window']),
  svg: z.string().nullable(),
  status: printerStatusSchema,
});
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;

export const printReceiptInputSchema = z.strictObject({
  redemptionId: z.string().min(1).max(100),
  stillDueMinor: z.number().int().nonnegative().nullable(),
});
