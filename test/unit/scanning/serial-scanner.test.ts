import { afterEach, describe, expect, it, vi } from 'vitest';
import { SerialPortMock } from 'serialport';
import { listSerialPorts } from '../../../electron/host/scanner/list-ports.js';
import {
  startSerialScanner,
  type ScannerPort,
  type ScannerState,
  type SerialScanner,
} from '../../../electron/host/scanner/serial-scanner.js';
import type { SerialFraming } from '../../../electron/host/scanner/framing.js';

const PATH = '/dev/ttyMOCKSCAN';
const CODE = 'AS25NJZ1JXCZCP5';

interface Harness {
  scanner: SerialScanner;
  scans: string[];
  /** Lengths of reads dropped as too long. */
  dropped: number[];
  states: ScannerState[];
  /** The port most recently opened by the scanner. */
  current(): SerialPortMock;
  /** How many times the scanner has tried to open the port. */
  openAttempts(): number;
}

let running: SerialScanner | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
  SerialPortMock.binding.reset();
});

function start(framing: SerialFraming = 'CR'): Harness {
  SerialPortMock.binding.createPort(PATH, { echo: false, record: false });
  const scans: string[] = [];
  const dropped: number[] = [];
  const states: ScannerState[] = [];
  let latest: SerialPortMock | null = null;
  let attempts = 0;
  const scanner = startSerialScanner({
    path: PATH,
    baudRate: 9600,
    framing,
    initialBackoffMs: 20,
    maxBackoffMs: 80,
    openPort: (path, baudRate) => {
      attempts += 1;
      latest = new SerialPortMock({ path, baudRate, autoOpen: false });
      return latest as unknown as ScannerPort;
    },
    onScan: (payload) => scans.push(payload),
    onDropped: (bytes) => dropped.push(bytes),
    onState: (state) => states.push(state),
  });
  running = scanner;
  return {
    scanner,
    scans,
    dropped,
    states,
    current: () => {
      if (latest === null) throw new Error('no port opened yet');
      return latest;
    },
    openAttempts: () => attempts,
  };
}

async function connected(harness: Harness): Promise<void> {
  await vi.waitFor(() => expect(harness.scanner.state).toBe('connected'));
}

function send(harness: Harness, bytes: string | Buffer): void {
  harness.current().port?.emitData(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
}

describe('serial scanner on a mock port', () => {
  it('joins a read split over several chunks into one scan', async () => {
    const harness = start('CR');
    await connected(harness);
    send(harness, 'AS25N');
    send(harness, 'JZ1JX');
    send(harness, `CZCP5\r${CODE}`);
    send(harness, '\r');
    await vi.waitFor(() => expect(harness.scans).toEqual([CODE, CODE]));
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const)('frames on %s', async (framing, ending) => {
    const harness = start(framing);
    await connected(harness);
    send(harness, `${CODE}${ending}${CODE}${ending}`);
    await vi.waitFor(() => expect(harness.scans).toEqual([CODE, CODE]));
  });

  it('frames on a configured suffix and hands AIM identifiers on to the scan pipeline', async () => {
    const harness = start({ suffix: '#' });
    await connected(harness);
    send(harness, `]C0${CODE}#]Q1https://x.example/r?code=${CODE}#`);
    await vi.waitFor(() => expect(harness.scans).toEqual([`]C0${CODE}`, `]Q1https://x.example/r?code=${CODE}`]));
  });

  it('frames an LF read on a port set to CR, and drops an over-long read without losing the next scan', async () => {
    const harness = start('CR');
    await connected(harness);
    send(harness, `${CODE}\n`);
    send(harness, Buffer.alloc(2_000, 0x41));
    await vi.waitFor(() => expect(harness.dropped).toEqual([2_000]));
    send(harness, `${CODE}\r`);
    await vi.waitFor(() => expect(harness.scans).toEqual([CODE, CODE]));
  });

  it('drops garbage bytes and empty reads', async () => {
    const harness = start('CR');
    await connected(harness);
    send(harness, Buffer.from([0x00, 0xff, 0x1b, 0x0d, 0x0d]));
    send(harness, Buffer.concat([Buffer.from([0x02, 0xfe]), Buffer.from(`${CODE}\r`)]));
    await vi.waitFor(() => expect(harness.scans).toEqual([CODE]));
  });

  it('reconnects with back-off after an unplug and scans again after the replug', async () => {
    const harness = start('CR');
    await connected(harness);
    const first = harness.current();
    // Unplugged: the device node disappears and the open port fails.
    SerialPortMock.binding.reset();
    first.destroy(new Error('device disconnected'));
    await vi.waitFor(() => expect(harness.scanner.state).toBe('disconnected'));
    // A few reopen attempts fail while nothing is plugged in.
    const attemptsAtUnplug = harness.openAttempts();
    await vi.waitFor(() => expect(harness.openAttempts()).toBeGreaterThanOrEqual(attemptsAtUnplug + 3));
    expect(harness.scanner.state).toBe('disconnected');

    SerialPortMock.binding.createPort(PATH, { echo: false, record: false });
    await connected(harness);
    expect(harness.current()).not.toBe(first);
    send(harness, `${CODE}\r`);
    await vi.waitFor(() => expect(harness.scans).toEqual([CODE]));
    expect(harness.states).toEqual(['connected', 'disconnected', 'connected']);
  });

  it('a port that cannot be opened stays disconnected without throwing', async () => {
    const scanner = startSerialScanner({
      path: '/dev/does-not-exist',
      baudRate: 9600,
      framing: 'CR',
      initialBackoffMs: 10,
      openPort: (path, baudRate) => new SerialPortMock({ path, baudRate, autoOpen: false }) as unknown as ScannerPort,
      onScan: () => undefined,
      onDropped: () => undefined,
      onState: () => undefined,
    });
    running = scanner;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(scanner.state).toBe('disconnected');
  });
});

describe('listSerialPorts', () => {
  it('answers an empty list with a reason when udev is missing', async () => {
    const failing = () => Promise.reject(new Error('spawn udevadm ENOENT'));
    expect(await listSerialPorts(failing)).toEqual({
      ports: [],
      problem: 'cannot list serial ports: spawn udevadm ENOENT',
    });
  });
});
