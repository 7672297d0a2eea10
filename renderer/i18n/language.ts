/** The languages the terminal speaks (shared/language.ts), and the locale money and dates use. */
import { LANGUAGES, type Language } from '../../shared/language.js';

export { LANGUAGES, DEFAULT_LANGUAGE, formattingLocale, type Language } from '../../shared/language.js';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
