import type { EventEmitter } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/csp.js';
import { fakeWebContents } from './fake-electron.js';

vi.mock('electron', () => ({}));
const { installSecurityGuards, isTrustedSender, ELECTRON_CSP } = await import('../../../electron/security.js');

function fakeContents(options?: { devTools: boolean }) {
  const contents = fakeWebContents();
  installSecurityGuards(contents as never, options);
  return contents;
}

function navigate(contents: EventEmitter, eventName: string, url: string): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('security guards', () => {
  it('refuse navigation and redirects away from the app', () => {
    const contents = fakeContents();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:8787/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://tillcard/index.html')).toBe(false);
  });

  it('refuse every new window and webview', () => {
    const contents = fakeContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: unknown) => unknown;
    expect(handler({ url: 'app://tillcard/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('deny every permission except the camera for the app itself', () => {
    const contents = fakeContents();
    const request = contents.session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const answer = (permission: string, details: Record<string, unknown>): unknown => {
      const callback = vi.fn();
      request({}, permission, callback, details);
      return callback.mock.calls[0]?.[0];
    };
    const ours = 'app://tillcard/index.html';
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'midi']) {
      expect(answer(permission, { requestingUrl: ours })).toBe(false);
    }
    expect(answer('media', { requestingUrl: ours, mediaTypes: ['video'] })).toBe(true);
    expect(answer('media', { requestingUrl: ours, mediaTypes: ['audio'] })).toBe(false);
    expect(answer('media', { requestingUrl: ours, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(answer('media', { requestingUrl: 'https://example.com/', mediaTypes: ['video'] })).toBe(false);

    const check = contents.session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check({}, 'media', 'app://tillcard')).toBe(true);
    expect(check({}, 'media', 'https://example.com')).toBe(false);
    expect(check({}, 'geolocation', 'app://tillcard')).toBe(false);
  });

  it('add the CSP to responses', () => {
    const contents = fakeContents();
    const onHeaders = contents.session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const callback = vi.fn();
    onHeaders({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [ELECTRON_CSP] },
    });
    // The header is written out for static checkers: it must stay the one policy of csp.ts.
    expect(ELECTRON_CSP).toBe(contentSecurityPolicy());
    expect(ELECTRON_CSP).toContain("default-src 'self'");
    expect(ELECTRON_CSP).toContain("object-src 'none'");
  });

  it.each([
    ['app://tillcard/index.html', true],
    ['app://tillcard/assets/index.js', true],
    ['app://evil/index.html', false],
    ['app://user@tillcard/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///work/main/dist/renderer/index.html', false],
    ['', false],
    ['not a url', false],
  ])('trusts a sender frame at %j: %s', (url, trusted) => {
    expect(isTrustedSender({ senderFrame: { url } })).toBe(trusted);
  });

  it('does not trust a sender whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('close devtools when opened, unless a development build allows them', () => {
    const locked = fakeContents();
    locked.emit('devtools-opened');
    expect(locked.closeDevTools).toHaveBeenCalled();
    const development = fakeContents({ devTools: true });
    development.emit('devtools-opened');
    expect(development.closeDevTools).not.toHaveBeenCalled();
  });

  it('refuse downloads and USB, HID or serial devices', () => {
    const contents = fakeContents();
    const download = { preventDefault: vi.fn() };
    contents.session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
    const deviceHandler = contents.session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(deviceHandler()).toBe(false);
  });

  it('leave nothing in electron/ that opens outside content: no shell.openExternal, no remote page, no webview', async () => {
    const files = (await readdir('electron', { recursive: true })).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = await readFile(join('electron', file), 'utf8');
      expect(source, file).not.toMatch(
        /openExternal|webviewTag:\s*true|nodeIntegration:\s*true|contextIsolation:\s*false/,
      );
      expect(source, file).not.toMatch(/loadURL\(\s*['`]https?:/);
    }
  });
});
