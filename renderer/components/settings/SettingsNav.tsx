import { useAppStore } from '../../store/store-context.js';
import { useT } from '../../i18n/index.js';

/** The status bar's Settings button: a signed-in manager's only; cashiers never see it. */
export function SettingsNav() {
  const { t } = useT();
  const isManager = useAppStore((state) => state.session?.cashier.role === 'manager');
  const view = useAppStore((state) => state.view);
  const busy = useAppStore((state) => state.pending);
  const showView = useAppStore((state) => state.showView);
  if (!isManager || view === 'settings') return null;
  return (
    <button className="button button--small" type="button" disabled={busy} onClick={() => showView('settings')}>
      {t('nav.settings')}
    </button>
  );
}
