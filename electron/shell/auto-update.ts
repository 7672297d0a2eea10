/**
 * Automatic updates through electron-updater's generic provider: the feed URL comes from
 * TILLCARD_UPDATE_URL or config.json's `updateUrl`, and there is no default, so a terminal checks
 * for updates only where a store set one up. Only a packaged app updates (a development checkout
 * has nothing to replace), and only over https. The updater is passed in, so this file needs
 * neither 'electron' nor 'electron-updater'.
 */

/** The part of electron-updater's AppUpdater this file uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
}

export interface UpdateLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export type UpdateCheck = 'off' | 'not-packaged' | 'bad-url' | 'checking';

/** The feed URL: the environment wins over config.json; empty means none. */
export function updateFeedUrl(fromConfig: string | undefined, env: Record<string, string | undefined>): string | null {
  const url = env.TILLCARD_UPDATE_URL?.trim() || fromConfig?.trim() || '';
  return url === '' ? null : url;
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks for an update once at start when a feed is configured and the app is packaged; a found
 * update downloads in the background and installs when the app next quits (a manager's Quit, or
 * the till shutting down), never in the middle of a sale.
 */
export async function startAutoUpdate(options: {
  feedUrl: string | null;
  isPackaged: boolean;
  loadUpdater: () => Promise<UpdaterLike>;
  logger: UpdateLogger;
}): Promise<UpdateCheck> {
  if (options.feedUrl === null) return 'off';
  if (!options.isPackaged) {
    options.logger.info({}, 'update feed configured, but a development build does not update itself');
    return 'not-packaged';
  }
  if (!isHttpsUrl(options.feedUrl)) {
    options.logger.warn({ feedUrl: options.feedUrl }, 'update feed ignored: it must be an https URL');
    return 'bad-url';
  }
  const updater = await options.loadUpdater();
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.setFeedURL({ provider: 'generic', url: options.feedUrl });
  // A feed that is down must not stop the till: log it and carry on with the installed version.
  updater.on('error', (error) => options.logger.warn({ error: error.message }, 'update check failed'));
  options.logger.info({ feedUrl: options.feedUrl }, 'checking for updates');
  await updater.checkForUpdates().catch((error: unknown) => {
    options.logger.warn({ error: (error as Error).message }, 'update check failed');
  });
  return 'checking';
}
