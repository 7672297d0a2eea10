/**
 * The host's serial scanner: started from the terminal configuration, its reads published to the
 * renderer as `scan` events (source "serial") and its state in the terminal status. A read is a
 * secret like any card code: the log says that a scan came, never what it held.
 */
import { SerialPort } from 'serialport';
import type { EventPayload, ScannerState } from '../../../shared/terminal-api.js';
import type { TerminalLogger } from '../logger.js';
import type { ScannerSettings } from './scanner-config.js';
import { startSerialScanner, type ScannerPort } from './serial-scanner.js';

export interface HostScanner {
  readonly state: ScannerState;
  close(): Promise<void>;
}

export interface HostScannerOptions {
  settings: ScannerSettings | null | undefined;
  logger: TerminalLogger;
  now: () => Date;
  emitScan: (scan: EventPayload<'scan'>) => void;
  onStateChange: () => void;
  openPort?: (path: string, baudRate: number) => ScannerPort;
}

const openSerialPort = (path: string, baudRate: number): ScannerPort =>
  new SerialPort({ path, baudRate, autoOpen: false }) as unknown as ScannerPort;

export function startHostScanner(options: HostScannerOptions): HostScanner {
  const { settings, logger } = options;
  if (!settings) return { state: 'not_configured', close: async () => undefined };
  logger.info({ port: settings.port, baudRate: settings.baudRate }, 'serial scanner configured');
  return startSerialScanner({
    path: settings.port,
    baudRate: settings.baudRate,
    framing: settings.framing,
    idleMs: settings.idleMs,
    openPort: options.openPort ?? openSerialPort,
    onScan: (payload) => {
      logger.info({ source: 'serial', length: payload.length }, 'scan received');
      options.emitScan({ source: 'serial', payload, receivedAt: options.now().toISOString() });
    },
    onDropped: (bytes) => {
      logger.warn({ source: 'serial', length: bytes }, 'scan dropped: longer than any barcode');
      options.emitScan({
        source: 'serial',
        payload: '',
        receivedAt: options.now().toISOString(),
        dropped: { reason: 'too_long', length: bytes },
      });
    },
    onState: (state, reason) => {
      logger.info({ port: settings.port, scanner: state, ...(reason ? { reason } : {}) }, 'serial scanner state');
      options.onStateChange();
    },
  });
}
