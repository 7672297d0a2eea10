import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTerminalConfig } from '../../../electron/host/config.js';
import { configPath } from '../../../electron/host/config-file.js';
import type { AutostartControl } from '../../../electron/host/settings/autostart-control.js';
import { createKioskMethods } from '../../../electron/host/settings/kiosk-methods.js';
import { AUTOSTART_FILE_NAME, autostartFolder, xdgAutostart } from '../../../electron/shell/autostart.js';
import type { SessionView } from '../../../shared/terminal-api.js';

const manager = { cashier: { id: '9001', name: 'Morgan Lee', role: 'manager' } } as SessionView;
const cashier = { cashier: { id: '1001', name: 'Casey Jones', role: 'cashier' } } as SessionView;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-kiosk-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function methods(
  session: SessionView | null,
  options: { quit?: () => void; activeNow?: boolean; autostart?: AutostartControl } = {},
) {
  return createKioskMethods({
    terminalDir: dir,
    session: () => session,
    activeNow: options.activeNow ?? false,
    ...options,
  });
}

describe('kiosk settings methods', () => {
  it('saves kiosk mode for the next start, keeping every other key of config.json, readable by its owner only', async () => {
    const existing = { terminalKey: 'tk_secret', printer: { target: { transport: 'none' } }, language: 'es' };
    await writeFile(configPath(dir), JSON.stringify(existing));
    const result = await methods(manager).saveKioskSettings({ kiosk: true });
    expect(result).toEqual({
      ok: true,
      value: { kiosk: true, activeNow: false, canQuit: false, autostart: false, canAutostart: false },
    });
    expect(JSON.parse(await readFile(configPath(dir), 'utf8'))).toEqual({ ...existing, kiosk: true });
    expect((await stat(configPath(dir))).mode & 0o777).toBe(0o600);
    // The window reads it at the next start.
    expect((await loadTerminalConfig(dir, {})).kiosk).toBe(true);
  });

  it('reads off without a config.json, and says whether this run is in kiosk mode', async () => {
    expect(await methods(manager, { activeNow: true }).kioskSettings({})).toEqual({
      ok: true,
      value: { kiosk: false, activeNow: true, canQuit: false, autostart: false, canAutostart: false },
    });
  });

  it('refuses a cashier and anyone signed out, for every method', async () => {
    const quit = vi.fn();
    for (const session of [cashier, null]) {
      const kiosk = methods(session, { quit });
      expect((await kiosk.kioskSettings({})).ok).toBe(false);
      expect((await kiosk.saveKioskSettings({ kiosk: false })).ok).toBe(false);
      expect((await kiosk.quitTerminal({})).ok).toBe(false);
    }
    expect(quit).not.toHaveBeenCalled();
    await expect(readFile(configPath(dir))).rejects.toThrow();
  });

  it("quits on a manager's request where the host can, after answering", async () => {
    const quit = vi.fn();
    const kiosk = methods(manager, { quit });
    expect((await kiosk.kioskSettings({})).ok && (await kiosk.kioskSettings({}))).toMatchObject({
      value: { canQuit: true },
    });
    expect(await kiosk.quitTerminal({})).toEqual({ ok: true, value: { quitting: true } });
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
  });

  it('answers that a terminal without a way to quit (browser mode) cannot', async () => {
    const result = await methods(manager).quitTerminal({});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('does not replace a config.json it cannot read', async () => {
    await writeFile(configPath(dir), '{ not json');
    const result = await methods(manager).saveKioskSettings({ kiosk: true });
    expect(result.ok).toBe(false);
    expect(await readFile(configPath(dir), 'utf8')).toBe('{ not json');
  });

  it('registers the installed app to start at login as an XDG autostart entry, and removes it when turned off', async () => {
    const folder = join(dir, 'xdg', 'autostart');
    const command = '/opt/Tillcard Apps/Tillcard.AppImage';
    const kiosk = methods(manager, { autostart: xdgAutostart({ command, folder }) });
    const on = await kiosk.saveKioskSettings({ kiosk: false, autostart: true });
    expect(on).toEqual({
      ok: true,
      value: { kiosk: false, activeNow: false, canQuit: false, autostart: true, canAutostart: true },
    });
    const entry = await readFile(join(folder, AUTOSTART_FILE_NAME), 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/opt/Tillcard Apps/Tillcard.AppImage"');
    expect(JSON.parse(await readFile(configPath(dir), 'utf8'))).toMatchObject({ autostart: true });

    await kiosk.saveKioskSettings({ kiosk: false, autostart: false });
    await expect(readFile(join(folder, AUTOSTART_FILE_NAME))).rejects.toThrow();
    expect(JSON.parse(await readFile(configPath(dir), 'utf8'))).toMatchObject({ autostart: false });
  });

  it('keeps config.json off when the system refuses the login item, and refuses where the app cannot register', async () => {
    const refusing: AutostartControl = { apply: async () => Promise.reject(new Error('EACCES')) };
    const result = await methods(manager, { autostart: refusing }).saveKioskSettings({ kiosk: false, autostart: true });
    expect(result.ok).toBe(false);
    await expect(readFile(configPath(dir))).rejects.toThrow();
    const browser = await methods(manager).saveKioskSettings({ kiosk: false, autostart: true });
    expect(browser).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('finds the autostart folder under XDG_CONFIG_HOME, or ~/.config', () => {
    expect(autostartFolder({ XDG_CONFIG_HOME: '/home/till/.cfg' }, '/home/till')).toBe('/home/till/.cfg/autostart');
    expect(autostartFolder({}, '/home/till')).toBe('/home/till/.config/autostart');
  });
});
