/**
 * The renderer's origin in Electron, and the check every IPC message passes: only a frame loaded
 * from our own custom protocol may call the terminal host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tillcard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL on our custom protocol; false for anything else, including unparseable text. */
export function isTrustedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // A URL of a scheme Node does not know has origin "null": compare scheme and host instead.
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
