/**
 * Kiosk mode (config.json `"kiosk": true`): the terminal's window fills the screen with no frame,
 * menu or close button, and closing it (Alt+F4, a window manager's shortcut) is refused: only a
 * manager's Quit action lets the app end. Without kiosk mode it is an ordinary window.
 * Structural types keep this file free of the 'electron' import.
 */

/** The BrowserWindow options that differ between kiosk mode and an ordinary window. */
export function windowFrameOptions(kiosk: boolean): Record<string, boolean | number> {
  if (!kiosk) return { width: 1280, height: 800, autoHideMenuBar: true };
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    minimizable: false,
    maximizable: false,
    resizable: false,
  };
}

/** Whether the app may end now: set once a manager asked to quit. */
export interface QuitGate {
  allow(): void;
  isAllowed(): boolean;
}

export function createQuitGate(): QuitGate {
  let allowed = false;
  return {
    allow: () => {
      allowed = true;
    },
    isAllowed: () => allowed,
  };
}

interface CloseEvent {
  preventDefault(): void;
}
interface ClosableWindow {
  on(event: 'close', listener: (event: CloseEvent) => void): unknown;
}

/** In kiosk mode a window refuses to close until the gate allows it. */
export function refuseCloseInKiosk(window: ClosableWindow, kiosk: boolean, gate: QuitGate): void {
  if (!kiosk) return;
  window.on('close', (event) => {
    if (!gate.isAllowed()) event.preventDefault();
  });
}
