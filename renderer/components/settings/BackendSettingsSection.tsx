import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/error-codes.js';
import type { BackendSettings } from '../../../shared/pairing-api.js';
import { errorText } from '../../format/error-text.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';
import { BackendSettingsRepair } from './BackendSettingsRepair.js';
import './pairing.css';

/**
 * Settings → Backend (manager only): where the backend is, which terminal this is, whether it is
 * reachable and how its key is kept; Unpair (after a confirm) and Re-pair. A code for another
 * terminal is a section of its own (BackendSettingsNewCode). The key itself never reaches the screen.
 */
export function BackendSettingsSection() {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const settings = useAppStore((state) => state.backendSettings);
  const connection = useAppStore((state) => state.connection);
  const loadBackendSettings = useAppStore((state) => state.loadBackendSettings);
  const unpairTerminal = useAppStore((state) => state.unpairTerminal);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void loadBackendSettings().then(setError);
  }, [loadBackendSettings]);

  async function unpair() {
    setBusy(true);
    const failure = await unpairTerminal();
    setBusy(false);
    setConfirming(false);
    setError(failure);
  }

  const text = error === null ? null : errorText(error, store);
  const fixedKey = settings?.keySource === 'environment';
  return (
    <section className="settings__section" aria-labelledby="backend-settings-heading">
      <h2 id="backend-settings-heading">{t('backendSettings.heading')}</h2>
      {settings !== null && (
        <dl className="facts">
          <dt>{t('backendSettings.url')}</dt>
          <dd>{settings.backendUrl}</dd>
          <dt>{t('backendSettings.terminal')}</dt>
          <dd>
            {settings.terminal === null
              ? t('backendSettings.terminalUnknown')
              : t('backendSettings.terminalValue', {
                  name: settings.terminal.name,
                  store: settings.terminal.storeName,
                  id: settings.terminal.id,
                })}
          </dd>
          <dt>{t('backendSettings.connection')}</dt>
          <dd>{t(`backendSettings.${connection}`)}</dd>
        </dl>
      )}
      {settings !== null && <p className="field__note">{keyNote(settings, t)}</p>}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
      {settings !== null && !fixedKey && (
        <div className="actions">
          {confirming ? (
            <>
              <p className="message">{t('backendSettings.unpairQuestion')}</p>
              <button className="button button--primary" type="button" disabled={busy} onClick={() => void unpair()}>
                {t('backendSettings.unpairNow')}
              </button>
              <button className="button" type="button" disabled={busy} onClick={() => setConfirming(false)}>
                {t('backendSettings.cancel')}
              </button>
            </>
          ) : (
            <button className="button" type="button" onClick={() => setConfirming(true)}>
              {t('backendSettings.unpair')}
            </button>
          )}
        </div>
      )}
      {settings !== null && !fixedKey && <BackendSettingsRepair backendUrl={settings.backendUrl} />}
    </section>
  );
}

function keyNote(settings: BackendSettings, t: ReturnType<typeof useT>['t']): string {
  if (settings.keySource === 'environment') return t('backendSettings.keyFromEnvironment');
  if (settings.keySource === 'config') return t('backendSettings.keyFromConfig');
  if (settings.keyProtection === 'os') return t('backendSettings.protectionOs');
  if (settings.keyProtection === 'os-weak') return t('backendSettings.protectionOsWeak');
  return t('backendSettings.protectionFile');
}
