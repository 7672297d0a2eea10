/**
 * Opens the browser-mode terminal in a Chromium app window (no tabs, no address bar), with its own
 * fresh profile so nothing of a person's browsing reaches the terminal and back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The first Chromium-family browser on PATH (or TILLCARD_CHROMIUM), or null. */
export function findChromium(env: Record<string, string | undefined>): string | null {
  const candidates = [
    ...(env.TILLCARD_CHROMIUM ? [env.TILLCARD_CHROMIUM] : []),
    ...(env.PATH ?? '').split(delimiter).flatMap((folder) => BROWSER_NAMES.map((name) => join(folder, name))),
  ];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there: try the next one
    }
  }
  return null;
}

export function hasDisplay(env: Record<string, string | undefined>): boolean {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function openAppWindow(browser: string, url: string, profileDir: string): ChildProcess {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    // Chromium refuses to start as root with its sandbox on; a till PC should not run as root.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  return spawn(browser, args, { stdio: 'ignore' });
}
