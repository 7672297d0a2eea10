/**
 * Electron's security guards in one place: no navigation away from the app, no new windows, no
 * webviews, no permissions, no downloads, a strict CSP, devtools closed in a packaged app, and a
 * trusted-sender check for every IPC message. docs/security.md walks the checklist item by item.
 */
import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy } from './csp.js';
import { isTrustedUrl } from './trusted-origin.js';

/** In Electron the renderer needs no network at all: it talks to the host over IPC. */
export const ELECTRON_CSP = contentSecurityPolicy();

/** Only a frame of our own app may call the host; `senderFrame` is null once the frame is gone. */
export function isTrustedSender(event: { senderFrame: { url: string } | null }): boolean {
  return isTrustedUrl(event.senderFrame?.url);
}

/** Navigation, new windows and webviews: everything that could leave the app is refused. */
export function installNavigationGuards(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Every permission is refused except the camera, for the app's own pages only: the webcam scanner
 * reads card barcodes. Microphone, notifications, geolocation, …: the terminal asks for none.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isCameraOnly(permission, mediaTypes) && isTrustedUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'media' && isTrustedUrl(requestingOrigin);
  });
}

function isCameraOnly(permission: string, mediaTypes: readonly string[]): boolean {
  return permission === 'media' && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

/** Adds the CSP to every response the session sees, on top of the one the protocol handler sets. */
export function enforceCsp(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        // ELECTRON_CSP written out, so static checkers (electronegativity) can read and judge it;
        // test/unit/electron/security.test.ts holds the two equal.
        'Content-Security-Policy': [
          "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
}

/** Closes devtools the moment anything opens them, for a packaged app where they are off anyway. */
export function closeDevToolsWhenOpened(contents: WebContents): void {
  contents.on('devtools-opened', () => contents.closeDevTools());
}

/** The terminal downloads nothing and grants no USB, HID or serial device to a page. */
export function denyDownloadsAndDevices(session: Session): void {
  session.on('will-download', (event) => event.preventDefault());
  session.setDevicePermissionHandler(() => false);
}

export function installSecurityGuards(
  contents: WebContents,
  options: { devTools: boolean } = { devTools: false },
): void {
  installNavigationGuards(contents);
  denyAllPermissions(contents.session);
  denyDownloadsAndDevices(contents.session);
  enforceCsp(contents.session);
  if (!options.devTools) closeDevToolsWhenOpened(contents);
}
