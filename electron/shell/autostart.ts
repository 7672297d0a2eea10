/**
 * The XDG autostart entry that starts the installed terminal when the till's user logs in on
 * Linux (freedesktop.org's Desktop Application Autostart Specification): a .desktop file in
 * `$XDG_CONFIG_HOME/autostart`, removed again when the manager turns the setting off. Windows and
 * macOS use Electron's login items instead (main.ts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AutostartControl } from '../host/settings/autostart-control.js';

export const AUTOSTART_FILE_NAME = 'tillcard.desktop';

export function autostartFolder(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const configHome = env.XDG_CONFIG_HOME?.trim() || join(home, '.config');
  return join(configHome, 'autostart');
}

/** The entry's text: `command` is the AppImage when the app runs from one, else the installed binary. */
export function autostartEntry(command: string): string {
  // Desktop entry Exec values quote arguments with double quotes; a path with spaces must be quoted.
  const exec = /[\s"\\$`]/.test(command) ? `"${command.replace(/(["\\$`])/g, '\\$1')}"` : command;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Tillcard',
    'Comment=Gift-card redemption terminal',
    `Exec=${exec}`,
    'Icon=tillcard',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function xdgAutostart(options: { command: string; folder?: string }): AutostartControl {
  const folder = options.folder ?? autostartFolder();
  const file = join(folder, AUTOSTART_FILE_NAME);
  return {
    async apply(enabled) {
      if (!enabled) return rm(file, { force: true });
      await mkdir(folder, { recursive: true });
      await writeFile(file, autostartEntry(options.command));
    },
  };
}
