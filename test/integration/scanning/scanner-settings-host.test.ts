/**
 * Settings → Scanner in the host, on real serial ports (socat pty pairs): a manager's save writes
 * config.json and reopens the scanner on the new port at once — reads from the old port stop,
 * reads from the new one arrive — without a restart.
 */
import { mkdir, mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeTerminalConfig } from '../../../electron/host/config-file.js';
import { createTerminalLogger } from '../../../electron/host/logger.js';
import { createLiveScanner } from '../../../electron/host/scanner/live-scanner.js';
import { createScannerSettingsMethods } from '../../../electron/host/scanner/scanner-settings-methods.js';
import { DEFAULT_WEDGE_CONFIG } from '../../../shared/scanner-settings.js';
import type { SessionView } from '../../../shared/terminal-api.js';
import { startPtyPair } from '../../e2e/support/socat-pty.js';

const CODE = 'AS25NJZ1JXCZCP5';
const wedge = DEFAULT_WEDGE_CONFIG;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups.length = 0;
});

const sessionOf = (role: 'manager' | 'cashier') => ({ cashier: { role } }) as unknown as SessionView;

async function hostParts(env: Record<string, string | undefined> = {}, role: 'manager' | 'cashier' = 'manager') {
  const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-scanner-settings-'));
  cleanups.push(() => rm(terminalDir, { recursive: true, force: true }));
  await writeTerminalConfig(terminalDir, { terminalKey: 'tk_secret_key', backendUrl: 'http://127.0.0.1:9' });
  const scans: string[] = [];
  const states: string[] = [];
  const scanner = createLiveScanner({
    terminalDir,
    env,
    settings: null,
    logger: createTerminalLogger(terminalDir),
    now: () => new Date(),
    emitScan: (scan) => scans.push(scan.payload),
    onStateChange: () => states.push(scanner.state),
  });
  cleanups.push(() => scanner.close());
  const methods = createScannerSettingsMethods({
    terminalDir,
    env,
    session: () => sessionOf(role),
    reopenScanner: () => scanner.reload(),
    listPorts: async () => ({ ports: [], problem: 'cannot list serial ports: udevadm not found' }),
  });
  return { terminalDir, scanner, methods, scans, states };
}

describe('saving the scanner settings', () => {
  it('reopens the scanner on the saved port, and on the next one, without a restart', async () => {
    const first = await startPtyPair();
    const second = await startPtyPair();
    cleanups.push(
      () => first.close(),
      () => second.close(),
    );
    const { terminalDir, scanner, methods, scans } = await hostParts();
    expect(scanner.state).toBe('not_configured');

    const saved = await methods.saveScannerSettings({
      serial: { port: first.scannerPort, baudRate: 9600, framing: 'CR' },
      wedge,
    });
    expect(saved.ok && saved.value.serial).toEqual({
      port: first.scannerPort,
      baudRate: 9600,
      framing: 'CR',
      idleMs: 50,
    });
    await vi.waitFor(() => expect(scanner.state).toBe('connected'));
    await first.write(`${CODE}\r`);
    await vi.waitFor(() => expect(scans).toEqual([CODE]));

    // The file keeps the terminal key and stays readable by its owner only.
    const configFile = join(terminalDir, 'config.json');
    expect(JSON.parse(await readFile(configFile, 'utf8'))).toMatchObject({
      terminalKey: 'tk_secret_key',
      scanner: { port: first.scannerPort },
    });
    expect((await stat(configFile)).mode & 0o777).toBe(0o600);

    await methods.saveScannerSettings({
      serial: { port: second.scannerPort, baudRate: 19200, framing: { suffix: '#' } },
      wedge,
    });
    await vi.waitFor(() => expect(scanner.state).toBe('connected'));
    await first.write(`${CODE}\r`);
    await second.write(`]C0${CODE}#`);
    await vi.waitFor(() => expect(scans).toEqual([CODE, `]C0${CODE}`]));
    // Whatever still comes on the old port is not read: the scanner let go of it.
    await first.write(`OLD${CODE}\r`);
    await second.write(`${CODE}#`);
    await vi.waitFor(() => expect(scans).toEqual([CODE, `]C0${CODE}`, CODE]));

    await methods.saveScannerSettings({ serial: null, wedge: { ...wedge, prefix: '~', minLength: 10 } });
    expect(scanner.state).toBe('not_configured');
    expect(JSON.parse(await readFile(configFile, 'utf8'))).not.toHaveProperty('scanner');
    // The redeem screen reads the wedge settings in any session.
    const wedgeNow = await methods.wedgeSettings({});
    expect(wedgeNow.ok && wedgeNow.value).toEqual({ ...wedge, prefix: '~', minLength: 10 });
  });

  it('takes any path that leads to a device (a by-id link), and refuses one with nothing behind it', async () => {
    const pty = await startPtyPair();
    cleanups.push(() => pty.close());
    const { terminalDir, scanner, methods, scans } = await hostParts();
    // A udev-style stable name: a symbolic link to the device, as /dev/serial/by-id/ holds.
    const byId = join(terminalDir, 'serial', 'by-id');
    await mkdir(byId, { recursive: true });
    const link = join(byId, 'usb-Honeywell_Xenon_1900_123-if00');
    await symlink(pty.scannerPort, link);

    const missing = await methods.saveScannerSettings({
      serial: { port: `${link}-gone`, baudRate: 9600, framing: 'CR' },
      wedge,
    });
    expect(missing).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: 'no device at the scanner port',
        details: { field: 'port', problem: 'not_found' },
      },
    });
    expect(JSON.parse(await readFile(join(terminalDir, 'config.json'), 'utf8'))).not.toHaveProperty('scanner');

    const saved = await methods.saveScannerSettings({ serial: { port: link, baudRate: 9600, framing: 'CR' }, wedge });
    expect(saved.ok).toBe(true);
    await vi.waitFor(() => expect(scanner.state).toBe('connected'));
    await pty.write(`${CODE}\r`);
    await vi.waitFor(() => expect(scans).toEqual([CODE]));

    // Unplugged, the saved port is gone: other settings still save.
    await pty.close();
    await rm(link);
    const wedgeOnly = await methods.saveScannerSettings({
      serial: { port: link, baudRate: 9600, framing: 'CR' },
      wedge: { ...wedge, minLength: 12 },
    });
    expect(wedgeOnly.ok && wedgeOnly.value.wedge.minLength).toBe(12);
  });

  it('shows what the environment decides and why the port list is empty', async () => {
    const { methods } = await hostParts({ TILLCARD_SCANNER_PORT: '/dev/ttyS9', TILLCARD_SCANNER_BAUD: '4800' });
    const view = await methods.scannerSettings({});
    expect(view.ok && view.value).toEqual({
      serial: null,
      wedge: DEFAULT_WEDGE_CONFIG,
      overriddenByEnvironment: ['port', 'baudRate'],
      ports: [],
      portListProblem: 'cannot list serial ports: udevadm not found',
    });
  });

  it('refuses a cashier', async () => {
    const { methods, terminalDir } = await hostParts({}, 'cashier');
    const saved = await methods.saveScannerSettings({
      serial: { port: '/dev/ttyS0', baudRate: 9600, framing: 'CR' },
      wedge,
    });
    expect(saved.ok ? null : saved.error.code).toBe('forbidden');
    expect(JSON.parse(await readFile(join(terminalDir, 'config.json'), 'utf8'))).not.toHaveProperty('scanner');
  });
});
