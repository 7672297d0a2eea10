import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeTerminalConfig } from '../../../electron/host/config.js';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import type { EventPayload } from '../../../shared/terminal-api.js';
import { startPtyPair, type PtyPair } from '../../e2e/support/socat-pty.js';

const CODE = 'AS25NJZ1JXCZCP5';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups.length = 0;
});

async function hostWithScanner(pty: PtyPair, framing: 'CR' | 'CRLF' = 'CR'): Promise<TerminalHost> {
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-scan-host-'));
  cleanups.push(() => rm(terminalDir, { recursive: true, force: true }));
  await writeTerminalConfig(terminalDir, { scanner: { port: pty.scannerPort, baudRate: 9600, framing } });
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
    await vi.waitFor(() => expect(scans.map((scan) => scan.payload)).toEqual([CODE, CODE]));
    expect(scans[0]?.source).toBe('serial');

    // Unplugged: the status follows.
    const statusEvents: string[] = [];
    host.on('status', (status) => statusEvents.push(status.scanner ?? 'absent'));
    await pty.close();
    await vi.waitFor(() => expect(statusEvents).toContain('disconnected'));
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
