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
