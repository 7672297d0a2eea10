/**
 * F-key shortcuts for the main actions of the redeem screen, shown on the button they press. The
 * key sits on the button as `aria-keyshortcuts` (screen readers announce it) and as a visible key
 * cap that is hidden from the accessible name, so the button is still named by its words.
 */
import { useEffect, useRef } from 'react';

/** One key per action, the same on every step; F1, F5, F11 and F12 stay with the browser. */
export const FUNCTION_KEYS = {
  lookUp: 'F2',
  sellCard: 'F3',
  fullBalance: 'F4',
  amount: 'F6',
  saleTotal: 'F7',
  nextCustomer: 'F8',
  confirm: 'F9',
} as const;

export type FunctionKey = (typeof FUNCTION_KEYS)[keyof typeof FUNCTION_KEYS];

/** A modal dialog (manager approval) owns the keyboard while it is open. */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"], dialog[open]') !== null;
}

/** Presses `onPress` when `key` goes down anywhere on the page, unless disabled or a dialog is open. */
export function useFunctionKey(key: FunctionKey, onPress: () => void, enabled = true): void {
  const pressRef = useRef(onPress);
  useEffect(() => {
    pressRef.current = onPress;
  });
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== key || event.repeat || event.defaultPrevented || dialogOpen()) return;
      event.preventDefault();
      pressRef.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}

/** The key cap on a button: seen, not read twice (the button carries aria-keyshortcuts). */
export function KeyHint({ shortcut }: { shortcut: FunctionKey }) {
  return (
    <kbd className="key-hint" aria-hidden="true">
      {shortcut}
    </kbd>
  );
}
