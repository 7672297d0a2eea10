/**
 * The renderer's text in English and Spanish (i18next). Importing this module sets the catalogs
 * up synchronously in English, so the first render (and every component test) already has text.
 * Components take their text from `useT()`; see renderer/i18n/README.md.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en.js';
import { es } from './es.js';
import { DEFAULT_LANGUAGE, formattingLocale, isLanguage, type Language } from './language.js';
import './i18next-types.js';

export { LANGUAGES, DEFAULT_LANGUAGE, isLanguage, type Language } from './language.js';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['en', 'es'],
  // Synchronous: the catalogs are bundled, so nothing renders before the text is there.
  initAsync: false,
  // React escapes what it renders; escaping here too would show "&amp;" on screen.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The text function and the current language for a component; it re-renders when the language changes. */
export function useT() {
  const { t, i18n: instance } = useTranslation();
  return { t, language: currentLanguage(instance.language) };
}

export function currentLanguage(language: string = i18n.language): Language {
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** Switches every screen to `language` at once, without a reload. */
export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The locale money and dates are formatted in: the current language in the store's region. */
export function currentLocale(storeLocale: string | undefined): string {
  return formattingLocale(currentLanguage(), storeLocale);
}

/** Text outside React (store slices, plain functions): the same catalogs, the current language. */
export const t = i18n.t.bind(i18n);
