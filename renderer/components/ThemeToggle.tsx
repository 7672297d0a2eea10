import { useT } from '../i18n/index.js';
import { chooseTheme, startTheme, useTheme } from '../styles/theme.js';
import '../styles/high-contrast.css';

// The status bar is on every screen, so the theme starts with this module, before the first paint.
startTheme();

/** High contrast on or off, for whoever stands at the till; pressed while the high-contrast theme is on. */
export function ThemeToggle() {
  const { t } = useT();
  const theme = useTheme();
  const on = theme === 'high-contrast';
  return (
    <button
      className="button button--small"
      type="button"
      aria-pressed={on}
      onClick={() => chooseTheme(on ? 'standard' : 'high-contrast')}
    >
      {t('theme.highContrast')}
    </button>
  );
}
