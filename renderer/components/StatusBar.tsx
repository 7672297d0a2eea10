import { useAppStore } from '../store/store-context.js';
import { dateTime } from '../format/store-format.js';
import { OutcomeList } from './OutcomeList.js';
import { PrintQueueNotice } from './PrintQueueNotice.js';
import { ShiftNav } from './shift/ShiftNav.js';
import { SettingsNav } from './settings/SettingsNav.js';
import { SecurityStatusHint } from './manager/SecurityStatusHint.js';
import { ThemeToggle } from './ThemeToggle.js';
import { useT } from '../i18n/index.js';
import { unsettledCount } from '../store/connection-slice.js';

export function StatusBar() {
  const { t } = useT();
  const scanner = useAppStore((state) => state.scanner);
  const session = useAppStore((state) => state.session);
  const connection = useAppStore((state) => state.connection);
  // Every redemption whose outcome is not known yet, the one being checked on screen included.
  const pendingCount = useAppStore(unsettledCount);
  const signOut = useAppStore((state) => state.signOut);
  // No signing out while a lookup or redemption is on its way: its answer belongs to this cashier.
  const busy = useAppStore((state) => state.pending);

  return (
    <footer className="status-bar" aria-label={t('status.region')}>
      {session !== null && (
        <>
          <span className="status-bar__item">
            {t('status.cashier')} <strong>{session.cashier.name}</strong>
          </span>
          <span className="status-bar__item">
            {t('status.terminal')} <strong>{session.terminal.name}</strong>
          </span>
          <span className="status-bar__item">
            {t('status.shiftOpened', { date: dateTime(session.shift.openedAt, session.store) })}
          </span>
        </>
      )}
      <span className={`status-bar__item connection connection--${connection}`} role="status">
        {t('status.backend', { state: t(`status.connection.${connection}`) })}
      </span>
      {scanner !== null && (
        <span className={`status-bar__item scanner scanner--${scanner}`}>
          {t('status.serialScanner', { state: t(`status.scanner.${scanner}`) })}
        </span>
      )}
      <span className={`status-bar__item ${pendingCount > 0 ? 'status-bar__item--warn' : ''}`}>
        {t('status.pendingOutcomes', { count: pendingCount })}
      </span>
      <OutcomeList />
      <PrintQueueNotice />
      <SecurityStatusHint />
      <ShiftNav />
      <SettingsNav />
      <ThemeToggle />
      {session !== null && (
        <button className="button button--small" type="button" disabled={busy} onClick={() => void signOut()}>
          {t('status.signOut')}
        </button>
      )}
    </footer>
  );
}
