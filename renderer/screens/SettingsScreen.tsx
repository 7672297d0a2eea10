import { useEffect } from 'react';
import { PrinterSettingsForm } from '../components/settings/PrinterSettingsForm.js';
import { TestPrintAnswer } from '../components/settings/TestPrintAnswer.js';
import { BackendSettingsSection } from '../components/settings/BackendSettingsSection.js';
import { BackendSettingsNewCode } from '../components/settings/BackendSettingsNewCode.js';
import { ScannerSettingsSection } from '../components/settings/ScannerSettingsSection.js';
import { LanguageSettingsSection } from '../components/settings/LanguageSettingsSection.js';
import { KioskSettingsSection } from '../components/settings/KioskSettingsSection.js';
import { SettingsSectionNav } from '../components/settings/SettingsSectionNav.js';
import '../components/manager/workspace.css';
import '../components/settings/settings.css';
import { errorText } from '../format/error-text.js';
import { useT } from '../i18n/index.js';
import { useAppStore } from '../store/store-context.js';

/**
 * A manager's terminal settings: the receipt printer (with Test print), the scanners, the backend
 * this terminal is paired with, a pairing code for another terminal, the language and kiosk mode.
 * The sections are listed beside one panel that scrolls; the page itself never does.
 */
export function SettingsScreen() {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const isManager = useAppStore((state) => state.session?.cashier.role === 'manager');
  const settings = useAppStore((state) => state.settings);
  const busy = useAppStore((state) => state.settingsBusy);
  const error = useAppStore((state) => state.settingsError);
  const saved = useAppStore((state) => state.settingsSaved);
  const outcome = useAppStore((state) => state.testPrintOutcome);
  const loadSettings = useAppStore((state) => state.loadSettings);
  const savePrinterSettings = useAppStore((state) => state.savePrinterSettings);
  const testPrint = useAppStore((state) => state.testPrint);
  const showView = useAppStore((state) => state.showView);

  useEffect(() => {
    if (isManager) void loadSettings();
  }, [isManager, loadSettings]);

  if (!isManager) return null;
  const text = error === null ? null : errorText(error, store);
  return (
    <section className="workspace settings" aria-labelledby="settings-heading">
      <header className="workspace__header">
        <h1 id="settings-heading">{t('nav.settings')}</h1>
        <button className="button workspace__back" type="button" onClick={() => showView('redeem')}>
          {t('shift.backToRedeem')}
        </button>
      </header>
      <div className="workspace__body settings__body">
        <SettingsSectionNav />
        <div className="scroll-panel settings__panel">
          <div className="scroll-panel__body settings__sections">
            <div className="settings__section">
              {settings === null && busy && <p role="status">{t('settingsScreen.loading')}</p>}
              {text !== null && (
                <div className="message message--error" role="alert">
                  <strong>{text.title}</strong> {text.nextStep}
                </div>
              )}
              {settings !== null && (
                <PrinterSettingsForm
                  // A fresh form after each save shows exactly what the terminal stored.
                  key={JSON.stringify(settings.printer)}
                  saved={settings.printer}
                  overridden={settings.overriddenByEnvironment}
                  busy={busy}
                  onSave={(printer) => void savePrinterSettings(printer)}
                />
              )}
              {saved && (
                <p className="message" role="status">
                  {t('printerSettings.saved')}
                </p>
              )}
              <div className="actions">
                <button
                  className="button"
                  type="button"
                  disabled={busy || settings === null}
                  onClick={() => void testPrint()}
                >
                  {t('printerSettings.testPrint')}
                </button>
              </div>
              {outcome !== null && <TestPrintAnswer outcome={outcome} />}
            </div>
            <ScannerSettingsSection />
            <BackendSettingsSection />
            <BackendSettingsNewCode />
            <LanguageSettingsSection />
            <KioskSettingsSection />
          </div>
        </div>
      </div>
    </section>
  );
}
