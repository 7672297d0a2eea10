import { useT } from '../../i18n/index.js';

/** Each Settings section by the id of its heading, in the order the panel shows them. */
export const SETTINGS_SECTIONS = [
  { heading: 'printer-settings-heading', name: 'printerSettings.heading' },
  { heading: 'scanner-settings-heading', name: 'scannerSettings.heading' },
  { heading: 'backend-settings-heading', name: 'backendSettings.heading' },
  { heading: 'new-pairing-code-heading', name: 'backendSettings.newCodeHeading' },
  { heading: 'language-settings-heading', name: 'languageSettings.heading' },
  { heading: 'kiosk-settings-heading', name: 'kioskSettings.heading' },
] as const;

/**
 * The list of Settings sections beside the panel: a button takes the panel to its section and
 * puts focus on the section's heading, so the keyboard goes on from there.
 */
export function SettingsSectionNav() {
  const { t } = useT();
  function go(headingId: string) {
    const heading = document.getElementById(headingId);
    if (heading === null) return;
    heading.tabIndex = -1;
    // Optional: not every DOM (jsdom in tests) can scroll.
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
  return (
    <nav className="settings-nav" aria-label={t('settingsScreen.sections')}>
      <ul>
        {SETTINGS_SECTIONS.map((section) => (
          <li key={section.heading}>
            <button className="settings-nav__link" type="button" onClick={() => go(section.heading)}>
              {t(section.name)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
