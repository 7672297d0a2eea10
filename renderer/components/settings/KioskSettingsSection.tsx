import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/error-codes.js';
import { errorText } from '../../format/error-text.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';

/**
 * Settings → Kiosk mode: whether the terminal runs full screen and locked (the window reads the
 * switch when the app starts, so a change applies at the next start, and the section says so), and,
 * in the installed app, whether it starts when the till's computer does (registered at once). In
 * kiosk mode the window cannot be closed: Quit the terminal here is the way out.
 */
export function KioskSettingsSection() {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const settings = useAppStore((state) => state.kioskSettings);
  const loadKioskSettings = useAppStore((state) => state.loadKioskSettings);
  const saveKioskSettings = useAppStore((state) => state.saveKioskSettings);
  const quitTerminal = useAppStore((state) => state.quitTerminal);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [chosenAutostart, setChosenAutostart] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmingQuit, setConfirmingQuit] = useState(false);
  const [quitting, setQuitting] = useState(false);

  useEffect(() => {
    void loadKioskSettings().then(setError);
  }, [loadKioskSettings]);

  async function run(action: () => Promise<AppError | null>): Promise<boolean> {
    setBusy(true);
    const failure = await action();
    setBusy(false);
    setError(failure);
    return failure === null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const choice = {
      kiosk: chosen ?? settings?.kiosk ?? false,
      ...(settings?.canAutostart ? { autostart: chosenAutostart ?? settings.autostart } : {}),
    };
    setSaved(await run(() => saveKioskSettings(choice)));
  }

  async function quit() {
    setQuitting(await run(quitTerminal));
    setConfirmingQuit(false);
  }

  const kiosk = chosen ?? settings?.kiosk ?? false;
  const autostart = chosenAutostart ?? settings?.autostart ?? false;
  const text = error === null ? null : errorText(error, store);
  return (
    <section className="settings__section" aria-labelledby="kiosk-settings-heading">
      <h2 id="kiosk-settings-heading">{t('kioskSettings.heading')}</h2>
      {settings !== null && (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <label className="field field--inline">
            <input
              type="checkbox"
              checked={kiosk}
              onChange={(event) => {
                setChosen(event.target.checked);
                setSaved(false);
              }}
            />
            <span className="field__label">{t('kioskSettings.label')}</span>
          </label>
          <p className="field__note">
            {settings.activeNow ? t('kioskSettings.onNow') : t('kioskSettings.offNow')} {t('kioskSettings.nextStart')}
          </p>
          {settings.canAutostart && (
            <label className="field field--inline">
              <input
                type="checkbox"
                checked={autostart}
                onChange={(event) => {
                  setChosenAutostart(event.target.checked);
                  setSaved(false);
                }}
              />
              <span className="field__label">{t('kioskSettings.autostartLabel')}</span>
            </label>
          )}
          {!settings.canQuit && <p className="field__note">{t('kioskSettings.installedAppOnly')}</p>}
          <button className="button button--primary" type="submit" disabled={busy}>
            {t('kioskSettings.save')}
          </button>
          {saved && (
            <p className="message" role="status">
              {settings.kiosk ? t('kioskSettings.savedOn') : t('kioskSettings.savedOff')}
              {settings.canAutostart &&
                ` ${settings.autostart ? t('kioskSettings.autostartOn') : t('kioskSettings.autostartOff')}`}
            </p>
          )}
        </form>
      )}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
      {settings?.canQuit && !quitting && (
        <div className="actions">
          {confirmingQuit ? (
            <>
              <p className="message">{t('kioskSettings.quitQuestion')}</p>
              <button className="button button--primary" type="button" disabled={busy} onClick={() => void quit()}>
                {t('kioskSettings.quitNow')}
              </button>
              <button className="button" type="button" disabled={busy} onClick={() => setConfirmingQuit(false)}>
                {t('kioskSettings.keepRunning')}
              </button>
            </>
          ) : (
            <button className="button" type="button" disabled={busy} onClick={() => setConfirmingQuit(true)}>
              {t('kioskSettings.quit')}
            </button>
          )}
        </div>
      )}
      {quitting && (
        <p className="message" role="status">
          {t('kioskSettings.quitting')}
        </p>
      )}
    </section>
  );
}
