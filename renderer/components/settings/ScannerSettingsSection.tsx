import { useEffect } from 'react';
import { errorText } from '../../format/error-text.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';
import { ScannerSettingsForm } from './ScannerSettingsForm.js';

/** Settings → Scanner: loads the serial scanner and wedge settings from the host, saves them, and says what happened. */
export function ScannerSettingsSection() {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const view = useAppStore((state) => state.scannerSettings);
  const busy = useAppStore((state) => state.scannerSettingsBusy);
  const error = useAppStore((state) => state.scannerSettingsError);
  const saved = useAppStore((state) => state.scannerSettingsSaved);
  const hostErrors = useAppStore((state) => state.scannerSettingsFieldErrors);
  const load = useAppStore((state) => state.loadScannerSettings);
  const save = useAppStore((state) => state.saveScannerSettings);

  useEffect(() => {
    void load();
  }, [load]);

  const text = error === null ? null : errorText(error, store);
  return (
    <div className="settings__section">
      {view === null && busy && <p role="status">{t('scannerSettings.loading')}</p>}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
      {view !== null && (
        <ScannerSettingsForm
          // A fresh form after each save shows exactly what the terminal stored.
          key={JSON.stringify([view.serial, view.wedge])}
          view={view}
          busy={busy}
          hostErrors={hostErrors}
          onSave={(serial, wedge) => void save(serial, wedge)}
        />
      )}
      {saved && (
        <p className="message" role="status">
          {t('scannerSettings.saved')}
        </p>
      )}
    </div>
  );
}
