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
/** The pause after a scanner's last byte that ends a read sent without a terminator, in ms. */
export const SCANNER_IDLE_MS_RANGE = [10, 1000] as const;
export const DEFAULT_SCANNER_IDLE_MS = 50;
export const WEDGE_PREFIX_MAX_CHARS = 8;
/** Scanners send a key every 1–20 ms; the fastest typists average 60 ms or more. */
export const WEDGE_MS_RANGE = [5, 50] as const;
export const WEDGE_LENGTH_RANGE = [4, 30] as const;

export const serialScannerConfigSchema = z.strictObject({
  port: z.string().trim().min(1).max(SCANNER_PORT_MAX_CHARS),
  baudRate: z.number().int().positive(),
  /** How each read ends: a line ending, or the characters the scanner is set to send. */
  framing: z.union([
    z.enum(SCANNER_LINE_ENDINGS),
    z.strictObject({ suffix: z.string().min(1).max(SCANNER_SUFFIX_MAX_CHARS) }),
  ]),
  /** Quiet after the last byte that ends a read; absent in files written before it existed (50 ms). */
  idleMs: z.number().int().min(SCANNER_IDLE_MS_RANGE[0]).max(SCANNER_IDLE_MS_RANGE[1]).optional(),
});
export type SerialScannerConfig = z.infer<typeof serialScannerConfigSchema>;

/**
 * How a USB keyboard-wedge scanner is told from typing (renderer/scanning/wedge-detector.ts): the
 * characters it is set to send before a code (stripped) and one more character that ends a read
 * besides Enter and Tab, the slowest average time per character that still counts as a scan, and
 * the shortest scan.
 */
export const wedgeConfigSchema = z.strictObject({
  prefix: z.string().max(WEDGE_PREFIX_MAX_CHARS),
  suffix: z.string().max(1),
  maxAverageCharMs: z.number().int().min(WEDGE_MS_RANGE[0]).max(WEDGE_MS_RANGE[1]),
  minLength: z.number().int().min(WEDGE_LENGTH_RANGE[0]).max(WEDGE_LENGTH_RANGE[1]),
});
export type WedgeConfig = z.infer<typeof wedgeConfigSchema>;
export const DEFAULT_WEDGE_CONFIG: WedgeConfig = { prefix: '', suffix: '', maxAverageCharMs: 40, minLength: 8 };

/** Scanner settings an environment variable decides: shown, but a saved value does not apply. */
export const scannerOverridableSchema = z.enum(['port', 'baudRate', 'framing', 'idleMs']);
export type ScannerOverridable = z.infer<typeof scannerOverridableSchema>;

export const scannerSettingsViewSchema = z.object({
  /** What config.json holds; null when it names no serial scanner. */
  serial: serialScannerConfigSchema.nullable(),
  /** The keyboard-wedge detector's settings (defaults when config.json has none). */
  wedge: wedgeConfigSchema,
  overriddenByEnvironment: z.array(scannerOverridableSchema),
  /** Serial ports the host found; empty with a `portListProblem` where it cannot list them (no udev). */
  ports: z.array(z.object({ path: z.string(), manufacturer: z.string().nullable() })),
  portListProblem: z.string().nullable(),
});
export type ScannerSettingsView = z.infer<typeof scannerSettingsViewSchema>;

export const saveScannerSettingsInputSchema = z.strictObject({
  serial: serialScannerConfigSchema.nullable(),
  wedge: wedgeConfigSchema,
});

// ---- The form: text fields, validated with a message a manager can act on ----

export type ScannerLineEnding = (typeof SCANNER_LINE_ENDINGS)[number] | 'suffix';

export interface ScannerForm {
  /** Empty: no serial scanner (USB keyboard-wedge scanners need no setting here). */
  port: string;
  baudRate: string;
  lineEnding: ScannerLineEnding;
  /** The characters that end a read, when `lineEnding` is "suffix". */
  suffix: string;
  /** Milliseconds of quiet that end a read sent without an ending. */
  idleMs: string;
  wedgePrefix: string;
  wedgeSuffix: string;
  wedgeMaxAverageCharMs: string;
  wedgeMinLength: string;
}
/**
 * Why the port field is wrong: not a full path (nor a Windows COM port), too long, or — found by
 * the host when saving — nothing exists at that path on this terminal.
 */
export type ScannerPortProblem = 'not_a_path' | 'too_long' | 'not_found';
/** The fields that failed; the screen words the message (in the cashier's language). */
export type ScannerFormErrors = Partial<Record<Exclude<keyof ScannerForm, 'port'>, true>> & {
  port?: ScannerPortProblem;
};

/** A Windows serial port: COM3, or the \\.\COM12 form ports above 9 need. */
export const isWindowsComPort = (text: string): boolean => /^(\\\\\.\\)?COM\d{1,3}$/i.test(text);

/**
 * Any full path (a /dev/ttyACM0, a /dev/serial/by-id/… link, a pty) or a Windows COM port. Whether
 * a device is there is the host's to say: only it sees the file system.
 */
function portProblem(port: string): ScannerPortProblem | null {
  if (port.length > SCANNER_PORT_MAX_CHARS) return 'too_long';
  return port.startsWith('/') || isWindowsComPort(port) ? null : 'not_a_path';
}

/** Checks the form; on success gives the scanner object to save (null: none), else the fields to fix. */
export function validateScannerForm(
  form: ScannerForm,
): { ok: true; serial: SerialScannerConfig | null; wedge: WedgeConfig } | { ok: false; errors: ScannerFormErrors } {
  const errors: ScannerFormErrors = {};
  const wedge = checkWedge(form, errors);
  const port = form.port.trim();
  if (port === '') return wedge === null ? { ok: false, errors } : { ok: true, serial: null, wedge };
  const problem = portProblem(port);
  if (problem !== null) errors.port = problem;
  const baudRate = SCANNER_BAUD_RATES.find((rate) => String(rate) === form.baudRate.trim());
  if (baudRate === undefined) errors.baudRate = true;
  if (form.lineEnding === 'suffix' && (form.suffix.length === 0 || form.suffix.length > SCANNER_SUFFIX_MAX_CHARS))
    errors.suffix = true;
  const idleMs = wholeNumberIn(form.idleMs, SCANNER_IDLE_MS_RANGE);
  if (idleMs === null) errors.idleMs = true;
  if (Object.keys(errors).length > 0 || baudRate === undefined || idleMs === null || wedge === null)
    return { ok: false, errors };
  const framing = form.lineEnding === 'suffix' ? { suffix: form.suffix } : form.lineEnding;
  return { ok: true, serial: { port, baudRate, framing, idleMs }, wedge };
}

const wholeNumberIn = (text: string, [low, high]: readonly [number, number]): number | null => {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return value >= low && value <= high ? value : null;
};

function checkWedge(form: ScannerForm, errors: ScannerFormErrors): WedgeConfig | null {
  const maxAverageCharMs = wholeNumberIn(form.wedgeMaxAverageCharMs, WEDGE_MS_RANGE);
  const minLength = wholeNumberIn(form.wedgeMinLength, WEDGE_LENGTH_RANGE);
  if (form.wedgePrefix.length > WEDGE_PREFIX_MAX_CHARS) errors.wedgePrefix = true;
  // One printable character: Enter and Tab always end a read already.
  if (form.wedgeSuffix.length > 1 || /\s/.test(form.wedgeSuffix)) errors.wedgeSuffix = true;
  if (maxAverageCharMs === null) errors.wedgeMaxAverageCharMs = true;
  if (minLength === null) errors.wedgeMinLength = true;
  if (errors.wedgePrefix || errors.wedgeSuffix || maxAverageCharMs === null || minLength === null) return null;
  return { prefix: form.wedgePrefix, suffix: form.wedgeSuffix, maxAverageCharMs, minLength };
}

/** The form's fields for the saved settings; without a serial scanner, its usual defaults (9600 baud, CR). */
export function scannerFormOf(serial: SerialScannerConfig | null, wedge: WedgeConfig): ScannerForm {
  const wedgeFields = {
    wedgePrefix: wedge.prefix,
    wedgeSuffix: wedge.suffix,
    wedgeMaxAverageCharMs: String(wedge.maxAverageCharMs),
    wedgeMinLength: String(wedge.minLength),
  };
  const idleMs = String(DEFAULT_SCANNER_IDLE_MS);
  if (serial === null) return { port: '', baudRate: '9600', lineEnding: 'CR', suffix: '', idleMs, ...wedgeFields };
  const { framing } = serial;
  return {
    ...wedgeFields,
    port: serial.port,
    baudRate: String(serial.baudRate),
    idleMs: String(serial.idleMs ?? DEFAULT_SCANNER_IDLE_MS),
    lineEnding: typeof framing === 'string' ? framing : 'suffix',
    suffix: typeof framing === 'string' ? '' : framing.suffix,
  };
}
