import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLivePrinting } from '../../../electron/host/settings/live-printing.js';
import { createSettingsMethods } from '../../../electron/host/settings/settings-methods.js';
import type { PrinterConfig } from '../../../shared/settings.js';
import { fail, type SessionView } from '../../../shared/terminal-api.js';
import { createFakeTerminalApi } from '../../fixtures/fake-terminal-api.js';
import { startFakeEscPosPrinter, type FakeEscPosPrinter } from '../../fixtures/fake-escpos-printer.js';
import { measureEscPos } from '../../fixtures/escpos-layout.js';

const cashierSession = createFakeTerminalApi({ signedIn: true }).status.session as SessionView;
const managerSession: SessionView = { ...cashierSession, cashier: { ...cashierSession.cashier, role: 'manager' } };
const silentLogger = { info: () => undefined, warn: () => undefined };

let terminalDir: string;
let printer: FakeEscPosPrinter;
beforeEach(async () => {
  terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-settings-'));
  printer = await startFakeEscPosPrinter('ready');
});
afterEach(async () => {
  await printer.close();
  await rm(terminalDir, { recursive: true, force: true });
});

async function makeHost(env: Record<string, string | undefined>, session: SessionView | null = managerSession) {
  const live = await createLivePrinting({
    terminalDir,
    env,
    logger: silentLogger,
    onStatus: () => undefined,
    session: () => session,
    lookupCard: async () => fail({ code: 'card_not_found', message: 'none' }),
    now: () => new Date('2026-11-22T10:00:00Z'),
  });
  const settings = createSettingsMethods({
    terminalDir,
    env,
    session: () => session,
    applyPrinterSettings: live.reload,
  });
  return { live, settings };
}

const networkPrinter = (port: number): PrinterConfig => ({
  target: { transport: 'tcp', host: '127.0.0.1', port },
  columns: 42,
  autoPrint: 'always',
  footer: 'See you soon',
  logo: false,
});

describe('printer settings in the host', () => {
  it('writes config.json 0600, keeps the terminal key, and the next test print goes to the saved printer', async () => {
    await writeFile(join(terminalDir, 'config.json'), JSON.stringify({ terminalKey: 'tk_secret_value' }), {
      mode: 0o644,
    });
    const { live, settings } = await makeHost({});
    expect((await live.printing.methods.printerStatus({})).ok && live.printing.settings.target.transport).toBe(
      'system',
    );

    const saved = await settings.saveSettings({ printer: networkPrinter(printer.port) });
    expect(saved).toEqual({ ok: true, value: { printer: networkPrinter(printer.port), overriddenByEnvironment: [] } });

    const file = join(terminalDir, 'config.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(json.terminalKey).toBe('tk_secret_value');
    // The profile is kept as the paper and font it stands for.
    const { columns: _columns, ...rest } = networkPrinter(printer.port);
    expect(json.printer).toEqual({ ...rest, paper: '58mm', font: 'small' });

    const outcome = await live.printing.methods.testPrint({});
    expect(outcome.ok && outcome.value.delivery).toBe('printed');
    expect(outcome.ok && outcome.value.status).toMatchObject({ transport: 'tcp', columns: 42, autoPrint: 'always' });
    // The socket may still be delivering when the transport resolves: wait for the page to arrive.
    await vi.waitFor(() => expect(printer.receipts()[0]).toContain('Printer test'));
    expect(printer.receipts()[0]).toContain('See you soon');
  });

  it('reports settings the environment overrides, and the environment still decides after a save', async () => {
    const { live, settings } = await makeHost({ TILLCARD_PRINTER: printer.url, TILLCARD_PRINTER_COLUMNS: '32' });
    const saved = await settings.saveSettings({
      printer: { ...networkPrinter(1), target: { transport: 'usb', devicePath: '/dev/usb/lp9' } },
    });
    expect(saved.ok && saved.value.overriddenByEnvironment).toEqual(['target', 'columns']);
    expect(live.printing.settings.target).toEqual({ transport: 'tcp', host: '127.0.0.1', port: printer.port });
    expect(live.printing.settings.columns).toBe(32);
    // The file holds what the manager chose; it applies once the environment variable is gone.
    const read = await settings.getSettings({});
    expect(read.ok && read.value.printer.target).toEqual({ transport: 'usb', devicePath: '/dev/usb/lp9' });
  });

  it('keeps the logo switch of config.json unless the save says otherwise, and applies a new one', async () => {
    await writeFile(join(terminalDir, 'config.json'), JSON.stringify({ printer: { logo: true } }));
    const { live, settings } = await makeHost({});
    const { logo: _unchanged, ...withoutLogo } = networkPrinter(printer.port);
    await settings.saveSettings({ printer: withoutLogo });
    expect(live.printing.settings.logo).toBe(true);
    await settings.saveSettings({ printer: networkPrinter(printer.port) });
    expect(live.printing.settings.logo).toBe(false);
  });

  it('rewrites a config.json from before paper and font: 42 columns print in Font B on 58 mm paper', async () => {
    await writeFile(
      join(terminalDir, 'config.json'),
      JSON.stringify({
        terminalKey: 'tk_secret_value',
        printer: { target: { transport: 'tcp', host: '127.0.0.1', port: printer.port }, columns: 42, logo: true },
      }),
    );
    const { live } = await makeHost({});
    const json = JSON.parse(await readFile(join(terminalDir, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(json).toEqual({
      terminalKey: 'tk_secret_value',
      printer: {
        target: { transport: 'tcp', host: '127.0.0.1', port: printer.port },
        logo: true,
        paper: '58mm',
        font: 'small',
      },
    });
    expect(live.printing.settings.columns).toBe(42);

    await live.printing.methods.testPrint({});
    await vi.waitFor(() => expect(printer.receipts()[0]).toContain('Printer test'));
    const lines = measureEscPos(printer.bytes(), 384);
    expect(Math.max(...lines.map((line) => line.rightDots))).toBeLessThanOrEqual(384);
    expect(lines.find((line) => line.text.startsWith('Terminal'))?.rightDots).toBe(42 * 9);
  });

  it('refuses a cashier and writes nothing', async () => {
    const { settings } = await makeHost({}, cashierSession);
    const answer = await settings.saveSettings({ printer: networkPrinter(printer.port) });
    expect(answer.ok ? null : answer.error.code).toBe('forbidden');
    await expect(stat(join(terminalDir, 'config.json'))).rejects.toThrow();
  });
});
