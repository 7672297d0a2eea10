/**
 * Terminal settings a manager can change on the Settings screen: for now the receipt printer.
 * `printerConfigSchema` is the `printer` object of config.json as the host stores it;
 * `printerFormSchema` is the same thing as the form's text fields, with a message per field.
 */
import { z } from 'zod';
import { RECEIPT_COLUMNS } from './receipt/printer-profiles.js';

export const PRINTER_TRANSPORTS = ['none', 'system', 'tcp', 'serial', 'usb', 'pdf'] as const;
export type PrinterTransportName = (typeof PRINTER_TRANSPORTS)[number];
/** The printer profiles (paper width and font, chosen together), by their characters per line. */
export const PAPER_COLUMNS = RECEIPT_COLUMNS;
export const AUTO_PRINT_CHOICES = ['always', 'ask', 'never'] as const;
export const FOOTER_MAX_CHARS = 200;

const printerTargetSchema = z.discriminatedUnion('transport', [
  z.strictObject({
    transport: z.literal('tcp'),
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65535),
  }),
  z.strictObject({
    transport: z.literal('serial'),
    path: z.string().trim().min(1).max(200),
    baudRate: z.number().int().positive(),
  }),
  z.strictObject({ transport: z.literal('usb'), devicePath: z.string().trim().min(1).max(200) }),
  z.strictObject({ transport: z.literal('system') }),
  z.strictObject({ transport: z.literal('none') }),
  /** Save as PDF: one file per receipt in `folder`; absent, the `receipts` folder in the terminal's data folder. */
  z.strictObject({ transport: z.literal('pdf'), folder: z.string().trim().min(1).max(500).optional() }),
]);

export const printerConfigSchema = z.strictObject({
  target: printerTargetSchema,
  /** The printer profile: 32 (58 mm, normal font), 42 (58 mm, small), 48 (80 mm, normal), 64 (80 mm, small). */
  columns: z.union(PAPER_COLUMNS.map((columns) => z.literal(columns))),
  autoPrint: z.enum(AUTO_PRINT_CHOICES),
  footer: z.string().max(FOOTER_MAX_CHARS),
  /** Print the word mark at the top of every receipt; absent means no. */
  logo: z.boolean().optional(),
});
export type PrinterConfig = z.infer<typeof printerConfigSchema>;

/** Settings the environment decides: the host shows them but a saved value does not apply. */
export const overridableSettingSchema = z.enum(['target', 'columns', 'autoPrint', 'footer']);
export type OverridableSetting = z.infer<typeof overridableSettingSchema>;

export const settingsViewSchema = z.object({
  /** What config.json holds (or the defaults), as the form should show it. */
  printer: printerConfigSchema,
  /** Which printer settings an environment variable overrides right now. */
  overriddenByEnvironment: z.array(overridableSettingSchema),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const saveSettingsInputSchema = z.strictObject({ printer: printerConfigSchema });

// ---- The form: text fields, validated with a message a manager can act on ----

/** The printer's serial speeds; the renderer names them in its own message. */
export const BAUD_RATES = [9600, 19200, 38400, 57600, 115200];

export interface PrinterForm {
  transport: PrinterTransportName;
  host: string;
  port: string;
  serialPath: string;
  baudRate: string;
  usbDevicePath: string;
  /** Save as PDF: an absolute folder, or empty for the terminal's own `receipts` folder. */
  pdfFolder: string;
  columns: string;
  autoPrint: (typeof AUTO_PRINT_CHOICES)[number];
  footer: string;
  logo: boolean;
}
export type PrinterFormErrors = Partial<Record<keyof PrinterForm, string>>;

/** A POSIX path from the root, or a Windows path from a drive letter. */
const isAbsoluteFolder = (text: string): boolean => /^(\/|[A-Za-z]:[\\/])/.test(text);

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** Checks the form; on success gives the printer object to save, else a message per field. */
export function validatePrinterForm(
  form: PrinterForm,
): { ok: true; printer: PrinterConfig } | { ok: false; errors: PrinterFormErrors } {
  const errors: PrinterFormErrors = {};
  const port = wholeNumber(form.port);
  const baudRate = wholeNumber(form.baudRate);
  if (form.transport === 'tcp') {
    if (!/^[A-Za-z0-9.-]{1,253}$/.test(form.host.trim())) errors.host = 'Enter the printer’s IP address or host name.';
    if (port === null || port < 1 || port > 65535)
      errors.port = 'Port must be a number from 1 to 65535 (usually 9100).';
  }
  if (form.transport === 'serial') {
    if (!form.serialPath.trim().startsWith('/dev/')) errors.serialPath = 'Enter the serial port, e.g. /dev/ttyUSB0.';
    if (baudRate === null || !BAUD_RATES.includes(baudRate)) {
      errors.baudRate = `Baud rate must be one of ${BAUD_RATES.join(', ')}.`;
    }
  }
  if (form.transport === 'usb' && !form.usbDevicePath.trim().startsWith('/dev/')) {
    errors.usbDevicePath = 'Enter the printer’s device file, e.g. /dev/usb/lp0.';
  }
  if (form.transport === 'pdf' && form.pdfFolder.trim() !== '' && !isAbsoluteFolder(form.pdfFolder.trim())) {
    errors.pdfFolder = 'Enter a full folder path, e.g. /home/till/receipts, or leave it empty.';
  }
  const columns = PAPER_COLUMNS.find((choice) => String(choice) === form.columns);
  if (columns === undefined) errors.columns = 'Choose a paper width.';
  if (form.footer.length > FOOTER_MAX_CHARS) {
    errors.footer = `The footer can be at most ${FOOTER_MAX_CHARS} characters (now ${form.footer.length}).`;
  }
  if (Object.keys(errors).length > 0 || columns === undefined) return { ok: false, errors };
  const target: PrinterConfig['target'] =
    form.transport === 'tcp'
      ? { transport: 'tcp', host: form.host.trim(), port: port ?? 9100 }
      : form.transport === 'serial'
        ? { transport: 'serial', path: form.serialPath.trim(), baudRate: baudRate ?? 19200 }
        : form.transport === 'usb'
          ? { transport: 'usb', devicePath: form.usbDevicePath.trim() }
          : form.transport === 'pdf'
            ? { transport: 'pdf', ...(form.pdfFolder.trim() ? { folder: form.pdfFolder.trim() } : {}) }
            : { transport: form.transport };
  return { ok: true, printer: { target, columns, autoPrint: form.autoPrint, footer: form.footer, logo: form.logo } };
}

/** The form's fields for a saved printer object; fields of other transports get their usual defaults. */
export function printerFormOf(printer: PrinterConfig): PrinterForm {
  const target = printer.target;
  return {
    transport: target.transport,
    host: target.transport === 'tcp' ? target.host : '',
    port: String(target.transport === 'tcp' ? target.port : 9100),
    serialPath: target.transport === 'serial' ? target.path : '',
    baudRate: String(target.transport === 'serial' ? target.baudRate : 19200),
    usbDevicePath: target.transport === 'usb' ? target.devicePath : '/dev/usb/lp0',
    pdfFolder: target.transport === 'pdf' ? (target.folder ?? '') : '',
    columns: String(printer.columns),
    autoPrint: printer.autoPrint,
    footer: printer.footer,
    logo: printer.logo ?? false,
  };
}
