import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createQuitGate, refuseCloseInKiosk, windowFrameOptions } from '../../../electron/shell/kiosk-window.js';

function tryToClose(window: EventEmitter): boolean {
  const event = { preventDefault: vi.fn() };
  window.emit('close', event);
  return event.preventDefault.mock.calls.length === 0;
}

describe('kiosk window', () => {
  it('fills the screen with no frame in kiosk mode, an ordinary window otherwise', () => {
    expect(windowFrameOptions(true)).toMatchObject({ kiosk: true, fullscreen: true, frame: false, resizable: false });
    expect(windowFrameOptions(false)).toEqual({ width: 1280, height: 800, autoHideMenuBar: true });
  });

  it('in kiosk mode refuses to close until a manager allowed the quit', () => {
    const window = new EventEmitter();
    const gate = createQuitGate();
    refuseCloseInKiosk(window as never, true, gate);
    expect(tryToClose(window)).toBe(false);
    gate.allow();
    expect(tryToClose(window)).toBe(true);
  });

  it('outside kiosk mode closes like any window', () => {
    const window = new EventEmitter();
    refuseCloseInKiosk(window as never, false, createQuitGate());
    expect(tryToClose(window)).toBe(true);
  });
});
