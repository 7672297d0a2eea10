import { describe, expect, it, vi } from 'vitest';
import { startAutoUpdate, updateFeedUrl, type UpdaterLike } from '../../../electron/shell/auto-update.js';

function fakeUpdater(check: () => Promise<unknown> = async () => null) {
  const updater = {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    setFeedURL: vi.fn(),
    on: vi.fn(),
    checkForUpdates: vi.fn(check),
  } satisfies UpdaterLike;
  return { updater, loadUpdater: vi.fn(async () => updater) };
}
const logger = () => ({ info: vi.fn(), warn: vi.fn() });

describe('auto-update', () => {
  it('takes the feed from TILLCARD_UPDATE_URL first, then config.json, else none', () => {
    expect(updateFeedUrl('https://file.example/', { TILLCARD_UPDATE_URL: 'https://env.example/' })).toBe(
      'https://env.example/',
    );
    expect(updateFeedUrl('https://file.example/', { TILLCARD_UPDATE_URL: '  ' })).toBe('https://file.example/');
    expect(updateFeedUrl(undefined, {})).toBeNull();
  });

  it('is off by default: no feed, no updater loaded', async () => {
    const { loadUpdater } = fakeUpdater();
    expect(await startAutoUpdate({ feedUrl: null, isPackaged: true, loadUpdater, logger: logger() })).toBe('off');
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('does nothing in a development checkout even with a feed', async () => {
    const { loadUpdater } = fakeUpdater();
    const result = await startAutoUpdate({
      feedUrl: 'https://updates.example/',
      isPackaged: false,
      loadUpdater,
      logger: logger(),
    });
    expect(result).toBe('not-packaged');
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('refuses a feed that is not https', async () => {
    const { loadUpdater } = fakeUpdater();
    const log = logger();
    const result = await startAutoUpdate({
      feedUrl: 'http://updates.example/',
      isPackaged: true,
      loadUpdater,
      logger: log,
    });
    expect(result).toBe('bad-url');
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it('checks the generic feed once and downloads in the background, installing on quit', async () => {
    const { updater, loadUpdater } = fakeUpdater();
    const result = await startAutoUpdate({
      feedUrl: 'https://updates.example/',
      isPackaged: true,
      loadUpdater,
      logger: logger(),
    });
    expect(result).toBe('checking');
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://updates.example/' });
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
  });

  it('a feed that cannot be reached is logged, not thrown: the till keeps working', async () => {
    const { updater, loadUpdater } = fakeUpdater(async () => {
      throw new Error('getaddrinfo ENOTFOUND updates.example');
    });
    const log = logger();
    await expect(
      startAutoUpdate({ feedUrl: 'https://updates.example/', isPackaged: true, loadUpdater, logger: log }),
    ).resolves.toBe('checking');
    expect(log.warn).toHaveBeenCalledWith({ error: 'getaddrinfo ENOTFOUND updates.example' }, 'update check failed');
    const onError = updater.on.mock.calls[0]?.[1] as (error: Error) => void;
    onError(new Error('feed 404'));
    expect(log.warn).toHaveBeenCalledWith({ error: 'feed 404' }, 'update check failed');
  });
});
