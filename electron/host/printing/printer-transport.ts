/** How the host reaches a receipt printer. Each transport prints one receipt per call. */
export interface PrinterTransport {
  readonly kind: 'tcp' | 'serial' | 'usb';
  /** Where it prints, for logs and the settings screen: host:port or a device path. */
  readonly address: string;
  /**
   * Checks the printer's status where it answers, then sends the bytes. Rejects with
   * PrinterNotReadyError when the printer reports a problem or cannot be reached; the bytes
   * have then not been sent.
   */
  print(bytes: Buffer): Promise<void>;
}

/**
 * Prints a receipt's SVG on the operating system's printer, without a dialog. Electron's main
 * process provides it (webContents.print, silent); browser mode has none and lets the window print.
 */
export type SystemPrint = (svg: string) => Promise<void>;

export const DEFAULT_STATUS_TIMEOUT_MS = 400;
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
