/**
 * The colour theme: standard or high contrast. A cashier's choice (the High contrast button in the
 * status bar) is kept on this terminal; without one, the operating system's "more contrast" setting
 * decides. The theme is the `data-theme` attribute of <html>; styles/high-contrast.css reads it.
 */
import { useSyncExternalStore } from 'react';

export type Theme = 'standard' | 'high-contrast';

const STORAGE_KEY = 'tillcard.theme';
const MORE_CONTRAST = '(prefers-contrast: more)';
const listeners = new Set<() => void>();

function savedChoice(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'standard' || value === 'high-contrast' ? value : null;
  } catch {
    return null;
  }
}

function systemWantsMoreContrast(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(MORE_CONTRAST).matches;
}

export function currentTheme(): Theme {
  return savedChoice() ?? (systemWantsMoreContrast() ? 'high-contrast' : 'standard');
}

function paint(): void {
  document.documentElement.dataset.theme = currentTheme();
  listeners.forEach((listener) => listener());
}

/** Sets the theme at start and follows the system setting while the cashier has not chosen. */
export function startTheme(): void {
  paint();
  if (typeof window.matchMedia === 'function') window.matchMedia(MORE_CONTRAST).addEventListener('change', paint);
}

export function chooseTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage refused (private mode): the choice still holds until the page reloads.
  }
  document.documentElement.dataset.theme = theme;
  listeners.forEach((listener) => listener());
}

/** The theme on screen now, re-rendering when it changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (document.documentElement.dataset.theme as Theme | undefined) ?? currentTheme(),
  );
}
