/**
 * The language the terminal's screens speak, chosen by a manager in Settings and kept in the
 * host's config.json. Money and dates follow it too, in the store's region.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export const languageSchema = z.enum(LANGUAGES);
export const languageViewSchema = z.object({ language: languageSchema });
export type LanguageView = z.infer<typeof languageViewSchema>;
export const saveLanguageInputSchema = z.strictObject({ language: languageSchema });

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
