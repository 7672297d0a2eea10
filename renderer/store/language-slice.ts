/**
 * The language the screens speak: asked of the host at start (and again once the host answers,
 * in browser mode), and saved by a manager in Settings. i18next holds the current language; this
 * slice only moves it between the host and the screens.
 */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import type { Language } from '../../shared/language.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import { applyLanguage } from '../i18n/index.js';
import type { AppState } from './app-store.js';

export interface LanguageSlice {
  /** True once the host has told the screens its language. */
  languageLoaded: boolean;
  loadLanguage: () => Promise<void>;
  /** Saves and applies the language; answers the error to show, or null when it was saved. */
  saveLanguage: (language: Language) => Promise<AppError | null>;
}

export function createLanguageSlice(api: TerminalApi): StateCreator<AppState, [], [], LanguageSlice> {
  return (set) => ({
    languageLoaded: false,
    loadLanguage: async () => {
      const result = await api.language({});
      if (!result.ok) return;
      await applyLanguage(result.value.language);
      set({ languageLoaded: true });
    },
    saveLanguage: async (language) => {
      const result = await api.saveLanguage({ language });
      if (!result.ok) return result.error;
      await applyLanguage(result.value.language);
      return null;
    },
  });
}
