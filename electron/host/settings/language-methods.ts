/**
 * language / saveLanguage of the terminal API. Anyone may read the language (the sign-in screen
 * speaks it too); only a signed-in manager changes it. It is kept as `language` in config.json,
 * every other key of the file as it was.
 */
import { DEFAULT_LANGUAGE, languageSchema, type Language } from '../../../shared/language.js';
import { fail, ok, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import { refuseUnlessManager } from './manager-only.js';
import { editConfigFile, readConfigOrThrow } from '../config-file.js';

export type LanguageMethods = Pick<TerminalMethods, 'language' | 'saveLanguage'>;

/** The language config.json names; the default when it names none (or one the terminal does not speak). */
export async function readLanguage(terminalDir: string): Promise<Language> {
  const parsed = languageSchema.safeParse((await readConfigOrThrow(terminalDir)).language);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

export function createLanguageMethods(options: {
  terminalDir: string;
  session: () => SessionView | null;
  /** Called after a save: the host's receipts and messages switch language at once. */
  onSaved?: (language: Language) => void;
}): LanguageMethods {
  return {
    language: async () => {
      try {
        return ok({ language: await readLanguage(options.terminalDir) });
      } catch {
        // An unreadable config.json is reported where it matters (pairing, printer); the screens still speak.
        return ok({ language: DEFAULT_LANGUAGE });
      }
    },
    saveLanguage: async ({ language }) => {
      const refused = refuseUnlessManager(options.session());
      if (refused) return refused;
      try {
        await editConfigFile(options.terminalDir, (config) => ({ ...config, language }));
      } catch (error) {
        return fail({ code: 'internal_error', message: `language not saved: ${(error as Error).message}` });
      }
      options.onSaved?.(language);
      return ok({ language });
    },
  };
}
