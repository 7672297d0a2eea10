import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/error-codes.js';
import { errorText } from '../../format/error-text.js';
import { LANGUAGES, useT, type Language } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';

/**
 * Settings → Language: the language of every screen. Saved in the terminal's config.json and
 * applied at once; money and dates follow it, in the store's region.
 */
export function LanguageSettingsSection() {
  const { t, language } = useT();
  const store = useAppStore((state) => state.session?.store);
  const saveLanguage = useAppStore((state) => state.saveLanguage);
  const [chosen, setChosen] = useState<Language>(language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const failure = await saveLanguage(chosen);
    setBusy(false);
    setError(failure);
    setSaved(failure === null);
  }

  const text = error === null ? null : errorText(error, store);
  return (
    <section className="settings__section" aria-labelledby="language-settings-heading">
      <h2 id="language-settings-heading">{t('languageSettings.heading')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset className="choices">
          <legend className="field__label">{t('languageSettings.label')}</legend>
          {LANGUAGES.map((option) => (
            <label className="choice" key={option}>
              <input
                type="radio"
                name="language"
                value={option}
                lang={option}
                checked={chosen === option}
                onChange={() => {
                  setChosen(option);
                  setSaved(false);
                }}
              />
              <span lang={option}>{t(`language.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <p className="field__note">{t('languageSettings.help')}</p>
        {text !== null && (
          <div className="message message--error" role="alert">
            <strong>{text.title}</strong> {text.nextStep}
          </div>
        )}
        <button className="button button--primary" type="submit" disabled={busy}>
          {t('languageSettings.save')}
        </button>
        {saved && (
          <p className="message" role="status">
            {t('languageSettings.saved')}
          </p>
        )}
      </form>
    </section>
  );
}
