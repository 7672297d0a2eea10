/** The languages the terminal speaks (shared/language.ts), and the locale money and dates use. */
import { LANGUAGES, type Language } from '../../shared/language.js';

export { LANGUAGES, DEFAULT_LANGUAGE, type Language } from '../../shared/language.js';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The locale for money and dates: the cashier's language in the store's region, so a store in
 * the US reading Spanish gets "es-US". When the store's locale already speaks that language it is
 * used as it is; a store locale Intl does not know falls back to the language alone.
 */
export function formattingLocale(language: Language, storeLocale: string | undefined): string {
  if (storeLocale === undefined) return language;
  try {
    const store = new Intl.Locale(storeLocale);
    if (store.language === language) return store.toString();
    return store.region === undefined ? language : `${language}-${store.region}`;
  } catch {
    return language;
  }
}
