/**
 * Cuts the bytes of a serial scanner into reads, whatever the scanner was set to send: CR, LF and
 * CRLF all end a read (a scanner set to LF on a terminal set to CR must not glue two scans
 * together), so does a configured suffix, and so does a pause between characters, for scanners
 * set to send no terminator at all. A read longer than any barcode holds is line noise or a wrong
 * baud rate: it is dropped whole, and nothing of it reaches the next read.
 *
 * Pure but for the timer it is given, so it is tested on scripted bytes and a fake clock.
 */
import { DEFAULT_SCANNER_IDLE_MS } from '../../../shared/scanner-settings.js';

/** Longer than any card code, URL or PDF417 a card carries: such a read is noise. */
export const MAX_READ_BYTES = 512;

const CR = 0x0d;
const LF = 0x0a;

export type FramedRead =
  /** The bytes of one read, as latin1 text, without the terminator. */
  | { kind: 'read'; text: string }
  /** A read dropped for its length; `bytes` is how many came before the drop (at least MAX_READ_BYTES + 1). */
  | { kind: 'too_long'; bytes: number };

export interface FramerTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SerialFramerOptions {
  /** Characters the scanner is set to end a read with besides CR and LF; null for none. */
  suffix: string | null;
  /** A scanner sends a read's bytes back to back (about 1 ms each at 9600 baud): this much quiet ends one. */
  idleMs?: number;
  maxBytes?: number;
  timers?: FramerTimers;
}

export interface SerialFramer {
  push(chunk: Uint8Array): void;
  /** Forgets whatever is held (the port went away): half a read is neither scanned nor kept. */
  discard(): void;
}

const systemTimers: FramerTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createSerialFramer(options: SerialFramerOptions, emit: (read: FramedRead) => void): SerialFramer {
  const idleMs = options.idleMs ?? DEFAULT_SCANNER_IDLE_MS;
  const maxBytes = options.maxBytes ?? MAX_READ_BYTES;
  const timers = options.timers ?? systemTimers;
  const suffix = options.suffix === null || options.suffix === '' ? null : Buffer.from(options.suffix, 'latin1');
  let held: number[] = [];
  /** Bytes of a read already dropped for its length: the rest of it is skipped up to its end. */
  let overflowBytes = 0;
  let lastByteAtMs = 0;
  let idleTimer: unknown;

  function endRead(): void {
    if (overflowBytes > 0) emit({ kind: 'too_long', bytes: overflowBytes });
    else if (held.length > 0) emit({ kind: 'read', text: Buffer.from(held).toString('latin1') });
    held = [];
    overflowBytes = 0;
  }

  function endsWithSuffix(): boolean {
    if (suffix === null || held.length < suffix.length) return false;
    const start = held.length - suffix.length;
    return suffix.every((byte, index) => held[start + index] === byte);
  }

  /** The idle timer already waited a second time after firing late. */
  let waitedAgain = false;

  function onIdle(): void {
    idleTimer = undefined;
    // A timer that fires long after it was due means the event loop was busy: bytes the scanner
    // sent meanwhile may still be waiting to be read. Give them one more pause before cutting.
    if (timers.now() - lastByteAtMs > 2 * idleMs && !waitedAgain) {
      waitedAgain = true;
      idleTimer = timers.setTimeout(onIdle, idleMs);
      return;
    }
    endRead();
  }

  return {
    push(chunk) {
      if (idleTimer !== undefined) timers.clearTimeout(idleTimer);
      idleTimer = undefined;
      waitedAgain = false;
      lastByteAtMs = timers.now();
      for (const byte of chunk) {
        if (byte === CR || byte === LF) {
          endRead();
          continue;
        }
        if (overflowBytes > 0) {
          overflowBytes += 1;
          continue;
        }
        held.push(byte);
        if (endsWithSuffix()) {
          held.length -= suffix?.length ?? 0;
          // An empty read (the suffix alone) is no read: endRead emits nothing for it.
          endRead();
        } else if (held.length > maxBytes) {
          overflowBytes = held.length;
          held = [];
        }
      }
      if (held.length > 0 || overflowBytes > 0) idleTimer = timers.setTimeout(onIdle, idleMs);
    },
    discard() {
      if (idleTimer !== undefined) timers.clearTimeout(idleTimer);
      idleTimer = undefined;
      held = [];
      overflowBytes = 0;
    },
  };
}
