import { useEffect } from 'react';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';

/** How often a manager's status bar asks for new alerts. */
const REFRESH_MS = 60_000;

/**
 * For a signed-in manager only: the status bar says when the store has open security alerts,
 * and opens the manager view on its Security tab on press. Nothing shows for cashiers.
 */
export function SecurityStatusHint() {
  const { t } = useT();
  const isManager = useAppStore((state) => state.session?.cashier.role === 'manager');
  const alerts = useAppStore((state) => state.security?.alerts.length ?? 0);
  const loadSecurity = useAppStore((state) => state.loadSecurity);
  const showSecurity = useAppStore((state) => state.showSecurity);
  useEffect(() => {
    if (!isManager) return;
    void loadSecurity();
    const timer = setInterval(() => void loadSecurity(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [isManager, loadSecurity]);

  if (!isManager || alerts === 0) return null;
  return (
    <button className="button button--small status-bar__item--warn" type="button" onClick={showSecurity}>
      {t('security.statusHint', { count: alerts })}
    </button>
  );
}
