import { useAppStore } from '../../store/store-context.js';
import { useT } from '../../i18n/index.js';

/** Status-bar buttons to the shift's X report and, for a manager, to the manager view. */
export function ShiftNav() {
  const { t } = useT();
  const signedIn = useAppStore((state) => state.session !== null);
  const isManager = useAppStore((state) => state.session?.cashier.role === 'manager');
  const view = useAppStore((state) => state.view);
  const closed = useAppStore((state) => state.zReport !== null);
  const busy = useAppStore((state) => state.pending);
  const showView = useAppStore((state) => state.showView);
  if (!signedIn || closed) return null;
  return (
    <>
      {view !== 'shift' && (
        <button className="button button--small" type="button" disabled={busy} onClick={() => showView('shift')}>
          {t('nav.shiftReport')}
        </button>
      )}
      {isManager && view !== 'manager' && (
        <button className="button button--small" type="button" disabled={busy} onClick={() => showView('manager')}>
          {t('nav.managerView')}
        </button>
      )}
    </>
  );
}
