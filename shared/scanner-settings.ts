/**
 * The serial scanner settings a manager changes on the Settings screen. `serialScannerConfigSchema`
 * is the `scanner` object of config.json as the host stores it (null: no serial scanner);
 * `ScannerForm` is the same as the form's text fields, checked with a message per field.
 */
import { z } from 'zod';

export const SCANNER_BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;
export const SCANNER_LINE_ENDINGS = ['CR', 'LF', 'CRLF'] as const;
export const SCANNER_SUFFIX_MAX_CHARS = 8;
export const SCANNER_PORT_MAX_CHARS = 200;

export const serialScannerConfigSchema = z.strictObject({
  port: z.string().trim().min(1).max(SCANNER_PORT_MAX_CHARS),
  baudRate: z.number().int().positive(),
  /** How each read ends: a line ending, or the characters the scanner is set to send. */
  framing: z.union([
    z.enum(SCANNER_LINE_ENDINGS),
    z.strictObject({ suffix: z.string().min(1).max(SCANNER_SUFFIX_MAX_CHARS) }),
  ]),
});
export type SerialScannerConfig = z.infer<typeof serialScannerConfigSchema>;

/** Scanner settings an environment variable decides: shown, but a saved value does not apply. */
export const scannerOverridableSchema = z.enum(['port', 'baudRate', 'framing']);
export type ScannerOverridable = z.infer<typeof scannerOverridableSchema>;

export const scannerSettingsViewSchema = z.object({
  /** What config.json holds; null when it names no serial scanner. */
  serial: serialScannerConfigSchema.nullable(),
  overriddenByEnvironment: z.array(scannerOverridableSchema),
  /** Serial ports the host found; empty with a `portListProblem` where it cannot list them (no udev). */
  ports: z.array(z.object({ path: z.string(), manufacturer: z.string().nullable() })),
  portListProblem: z.string().nullable(),
});
export type ScannerSettingsView = z.infer<typeof scannerSettingsViewSchema>;

export const saveScannerSettingsInputSchema = z.strictObject({ serial: serialScannerConfigSchema.nullable() });

// ---- The form: text fields, validated with a message a manager can act on ----

export type ScannerLineEnding = (typeof SCANNER_LINE_ENDINGS)[number] | 'suffix';

export interface ScannerForm {
  /** Empty: no serial scanner (USB keyboard-wedge scanners need no setting here). */
  port: string;
  baudRate: string;
  lineEnding: ScannerLineEnding;
  /** The characters that end a read, when `lineEnding` is "suffix". */
  suffix: string;
}
/** The fields that failed; the screen words the message (in the cashier's language). */
export type ScannerFormErrors = Partial<Record<keyof ScannerForm, true>>;

/** A device file (/dev/ttyUSB0, /dev/pts/3) or a Windows COM port. */
const isPortName = (text: string): boolean => /^(\/dev\/\S+|COM\d{1,3})$/i.test(text);

/** Checks the form; on success gives the scanner object to save (null: none), else the fields to fix. */
export function validateScannerForm(
  form: ScannerForm,
): { ok: true; serial: SerialScannerConfig | null } | { ok: false; errors: ScannerFormErrors } {
  const port = form.port.trim();
  if (port === '') return { ok: true, serial: null };
  const errors: ScannerFormErrors = {};
  if (!isPortName(port) || port.length > SCANNER_PORT_MAX_CHARS) errors.port = true;
  const baudRate = SCANNER_BAUD_RATES.find((rate) => String(rate) === form.baudRate.trim());
  if (baudRate === undefined) errors.baudRate = true;
  if (form.lineEnding === 'suffix' && (form.suffix.length === 0 || form.suffix.length > SCANNER_SUFFIX_MAX_CHARS))
    errors.suffix = true;
  if (Object.keys(errors).length > 0 || baudRate === undefined) return { ok: false, errors };
  const framing = form.lineEnding === 'suffix' ? { suffix: form.suffix } : form.lineEnding;
  return { ok: true, serial: { port, baudRate, framing } };
}

/** The form's fields for a saved scanner; without one, the usual defaults (9600 baud, CR). */
export function scannerFormOf(serial: SerialScannerConfig | null): ScannerForm {
  if (serial === null) return { port: '', baudRate: '9600', lineEnding: 'CR', suffix: '' };
  const { framing } = serial;
  return {
    port: serial.port,
    baudRate: String(serial.baudRate),
    lineEnding: typeof framing === 'string' ? framing : 'suffix',
    suffix: typeof framing === 'string' ? '' : framing.suffix,
  };
}
