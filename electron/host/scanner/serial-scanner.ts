/**
 * A serial (RS-232 or USB-CDC) barcode scanner: opens the configured port, frames reads, hands
 * each payload on, and reopens the port with back-off when it goes away (a cable pulled, a USB
 * scanner unplugged), so plugging it back in needs no restart.
 */
import type { Duplex } from 'node:stream';
import { cleanFrame, framingSuffix, type SerialFraming } from './framing.js';
import { createSerialFramer } from './serial-framer.js';

import type { ScannerState } from '../../../shared/terminal-api.js';
import { backoffDelayMs } from '../../../shared/backoff.js';

export type { ScannerState };

/** What the scanner needs of a port: serialport's SerialPort, or SerialPortMock in tests. */
export interface ScannerPort extends Duplex {
  open(callback: (error: Error | null) => void): void;
  close(callback?: (error: Error | null) => void): void;
  readonly isOpen: boolean;
}

export interface SerialScannerOptions {
  path: string;
  baudRate: number;
  framing: SerialFraming;
  /** Quiet after the last byte that ends a read sent without a terminator. */
  idleMs?: number;
  openPort: (path: string, baudRate: number) => ScannerPort;
  onScan: (payload: string) => void;
  /** A read longer than any barcode holds was dropped (`bytes` long); nothing of it is scanned. */
  onDropped: (bytes: number) => void;
  onState: (state: ScannerState, reason?: string) => void;
  /** First retry after this long, doubling up to maxBackoffMs (each less up to a fifth, at random). */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface SerialScanner {
  readonly state: ScannerState;
  close(): Promise<void>;
}

export function startSerialScanner(options: SerialScannerOptions): SerialScanner {
  const initialBackoffMs = options.initialBackoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  let state: ScannerState = 'disconnected';
  const backoff = { initialDelayMs: initialBackoffMs, maxDelayMs: maxBackoffMs, jitterRatio: 0.2 };
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let port: ScannerPort | null = null;
  let closed = false;

  function setState(next: ScannerState, reason?: string): void {
    if (next === state) return;
    state = next;
    options.onState(next, reason);
  }

  function scheduleRetry(reason: string): void {
    port = null;
    setState('disconnected', reason);
    if (closed) return;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(open, backoffDelayMs(attempt++, backoff));
  }

  function open(): void {
    if (closed) return;
    let candidate: ScannerPort;
    try {
      candidate = options.openPort(options.path, options.baudRate);
    } catch (error) {
      return scheduleRetry((error as Error).message);
    }
    let gone = false;
    const lost = (reason: string) => {
      if (gone) return;
      gone = true;
      if (port === candidate) scheduleRetry(reason);
    };
    candidate.on('error', (error: Error) => lost(error.message));
    candidate.on('close', () => lost('port closed'));
    candidate.open((error) => {
      if (error) {
        gone = true;
        return scheduleRetry(error.message);
      }
      if (closed) return candidate.close();
      attempt = 0;
      setState('connected');
    });
    port = candidate;
    // A framer per port: bytes held when a port goes away never join the first read on the next.
    const framer = createSerialFramer(
      { suffix: framingSuffix(options.framing), ...(options.idleMs === undefined ? {} : { idleMs: options.idleMs }) },
      (read) => {
        if (read.kind === 'too_long') return options.onDropped(read.bytes);
        const payload = cleanFrame(read.text);
        if (payload !== null) options.onScan(payload);
      },
    );
    candidate.on('data', (chunk: Buffer) => framer.push(chunk));
    candidate.on('close', () => framer.discard());
  }

  open();
  return {
    get state() {
      return state;
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const current = port;
      port = null;
      if (current?.isOpen) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
}
