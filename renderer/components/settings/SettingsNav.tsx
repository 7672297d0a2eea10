import { useAppStore } from '../../store/store-context.js';

/** The status bar's Settings button: a signed-in manager's only; cashiers never see it. */
export function SettingsNav() {
  const isManager = useAppStore((state) => state.session?.cashier.role === 'manager');
  const view = useAppStore((state) => state.view);
  const busy = useAppStore((state) => state.pending);
  const showView = useAppStore((state) => state.showView);
  if (!isManager || view === 'settings') return null;
  return (
    <button className="button button--small" type="button" disabled={busy} onClick={() => showView('settings')}>
      Settings
    </button>
  );
}
