import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeTerminalConfig } from '../../../electron/host/config-file.js';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { parseScanPayload } from '../../../shared/scan-payload.js';
import type { EventPayload } from '../../../shared/terminal-api.js';
import { startPtyPair, type PtyPair } from '../../e2e/support/socat-pty.js';

const CODE = 'AS25NJZ1JXCZCP5';
/** Two codes that pass their check, so the scan pipeline reads each back as a card. */
const VALID = 'DEM0ACT0250002Q';
const OTHER = 'DEM0ACT1000003Z';

/** Bytes as a scanner at the wrong baud rate gives them: anything but CR and LF, which would end a read. */
function lineNoise(length: number): Buffer {
  let state = 14;
  return Buffer.from(
    Array.from({ length }, () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      const byte = state >> 23;
      return byte === 0x0a || byte === 0x0d ? 0xff : byte;
    }),
  );
}

function codeOf(payload: string): string {
  const result = parseScanPayload(payload);
  return result.kind === 'card' ? result.code : `(${result.kind})`;
}
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups.length = 0;
});

async function hostWithScanner(
  pty: PtyPair,
  framing: 'CR' | 'CRLF' | { suffix: string } = 'CR',
  idleMs?: number,
): Promise<TerminalHost> {
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-scan-host-'));
  cleanups.push(() => rm(terminalDir, { recursive: true, force: true }));
  await writeTerminalConfig(terminalDir, {
    scanner: { port: pty.scannerPort, baudRate: 9600, framing, ...(idleMs === undefined ? {} : { idleMs }) },
  });
  const host = await createTerminalHost({ terminalDir, env: {}, probeIntervalMs: 60_000 });
  cleanups.push(() => host.close());
  return host;
}

describe('the host reading a serial scanner on a real pty', () => {
  it('publishes each read as a scan event and the scanner state in its status', async () => {
    const pty = await startPtyPair();
    cleanups.push(() => pty.close());
    const host = await hostWithScanner(pty);
    const scans: EventPayload<'scan'>[] = [];
    host.on('scan', (scan) => scans.push(scan));
    await vi.waitFor(async () => {
      const status = await host.getStatus({});
      expect(status.ok && status.value.scanner).toBe('connected');
    });

    await pty.write(`]C0${CODE.slice(0, 7)}`);
    await pty.write(`${CODE.slice(7)}\r\u0000\r${CODE}\r`);
    // The AIM identifier travels on: the scan pipeline reads the symbology from it.
    await vi.waitFor(() => expect(scans.map((scan) => scan.payload)).toEqual([`]C0${CODE}`, CODE]));
    expect(scans[0]?.source).toBe('serial');

    // Unplugged: the status follows.
    const statusEvents: string[] = [];
    host.on('status', (status) => statusEvents.push(status.scanner ?? 'absent'));
    await pty.close();
    await vi.waitFor(() => expect(statusEvents).toContain('disconnected'));
  });

  it('reads what misconfigured and noisy scanners send, each read whole and nothing glued to the next', async () => {
    const pty = await startPtyPair();
    cleanups.push(() => pty.close());
    const host = await hostWithScanner(pty, 'CR');
    const scans: EventPayload<'scan'>[] = [];
    host.on('scan', (scan) => scans.push(scan));
    await vi.waitFor(async () => {
      const status = await host.getStatus({});
      expect(status.ok && status.value.scanner).toBe('connected');
    });
    const codes = () => scans.map((scan) => (scan.dropped ? 'dropped' : codeOf(scan.payload)));

    // A scanner set to LF on a terminal set to CR: both reads arrive, neither glued to the other.
    await pty.write(`]C0${VALID}\n`);
    await pty.write(`]C0${OTHER}\n`);
    await vi.waitFor(() => expect(codes()).toEqual([VALID, OTHER]));

    // Wake-up bytes, then CRLF; STX/ETX framing with a printable LRC byte and a CR record suffix.
    await pty.write(`\u0000\u00ff${VALID}\r\n`);
    await pty.write(`\u0002]Q1${OTHER}\u0003K\r`);
    await vi.waitFor(() => expect(codes()).toEqual([VALID, OTHER, VALID, OTHER]));

    // A scanner set to send no terminator ("data as is"): the pause after the read ends it.
    await pty.write(VALID);
    await vi.waitFor(() => expect(codes()).toHaveLength(5));
    await pty.write(OTHER);
    await vi.waitFor(() => expect(codes()).toEqual([VALID, OTHER, VALID, OTHER, VALID, OTHER]));

    // 2,000 bytes of noise with no terminator (a wrong baud rate): dropped with a message, and
    // the next scan is read whole.
    await pty.write(lineNoise(2_000));
    await vi.waitFor(() => expect(scans.at(-1)?.dropped).toEqual({ reason: 'too_long', length: 2_000 }));
    await pty.write(`${VALID}\r`);
    await vi.waitFor(() => expect(codes().slice(-2)).toEqual(['dropped', VALID]));
    expect(scans.every((scan) => scan.source === 'serial')).toBe(true);
  });

  it('uses the pause set in the configuration', async () => {
    const pty = await startPtyPair();
    cleanups.push(() => pty.close());
    const host = await hostWithScanner(pty, { suffix: '#' }, 1_000);
    const scans: string[] = [];
    host.on('scan', (scan) => scans.push(scan.payload));
    await vi.waitFor(async () => {
      const status = await host.getStatus({});
      expect(status.ok && status.value.scanner).toBe('connected');
    });
    await pty.write(CODE.slice(0, 5));
    // A pause shorter than the one set does not cut the read.
    const writtenAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await pty.write(CODE.slice(5));
    await vi.waitFor(() => expect(scans).toEqual([CODE]), { timeout: 5_000 });
    expect(performance.now() - writtenAt).toBeGreaterThanOrEqual(1_000);
  });

  it('says "not configured" without a scanner and keeps running with a port that does not exist', async () => {
    const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-scan-host-'));
    cleanups.push(() => rm(terminalDir, { recursive: true, force: true }));
    const plain = await createTerminalHost({ terminalDir, env: {}, probeIntervalMs: 60_000 });
    cleanups.push(() => plain.close());
    const status = await plain.getStatus({});
    expect(status.ok && status.value.scanner).toBe('not_configured');

    const missingDir = await mkdtemp(join(tmpdir(), 'tillcard-scan-host-'));
    cleanups.push(() => rm(missingDir, { recursive: true, force: true }));
    const missing = await createTerminalHost({
      terminalDir: missingDir,
      env: { TILLCARD_SCANNER_PORT: '/dev/tillcard-no-such-port' },
      probeIntervalMs: 60_000,
    });
    cleanups.push(() => missing.close());
    const missingStatus = await missing.getStatus({});
    expect(missingStatus.ok && missingStatus.value.scanner).toBe('disconnected');
  });
});
