/**
 * Opens the browser-mode terminal in a Chromium app window (no tabs, no address bar), with its own
 * fresh profile so nothing of a person's browsing reaches the terminal and back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * The page Chromium is pointed at: a file readable by its owner only that sends the window on to
 * the launch address. The single-use token stays off Chromium's command line, which any local user
 * can read in /proc/<pid>/cmdline; the file is in the profile folder (0700), removed on exit.
 */
export function writeLaunchPage(url: string, profileDir: string): string {
  const page = join(profileDir, 'launch.html');
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  writeFileSync(page, `<!doctype html><meta http-equiv="refresh" content="0;url=${escaped}">\n`, { mode: 0o600 });
  chmodSync(page, 0o600);
  return page;
}

export function openAppWindow(browser: string, url: string, profileDir: string): ChildProcess {
  const args = [
    `--app=${pathToFileURL(writeLaunchPage(url, profileDir)).href}`,
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
