import { useAppStore } from '../store/store-context.js';
import { dateTime } from '../format/store-format.js';
import { OutcomeList } from './OutcomeList.js';
import { ShiftNav } from './shift/ShiftNav.js';
import { SettingsNav } from './settings/SettingsNav.js';
import type { ConnectionState, ScannerState } from '../../shared/terminal-api.js';

const CONNECTION_LABEL: Record<ConnectionState, string> = {
  online: 'Online',
  offline: 'Offline',
  unknown: 'Connecting…',
};

const SCANNER_LABEL: Record<ScannerState, string> = {
  connected: 'Connected',
  disconnected: 'Disconnected',
  not_configured: 'Not configured',
};

export function StatusBar() {
  const scanner = useAppStore((state) => state.scanner);
  const session = useAppStore((state) => state.session);
  const connection = useAppStore((state) => state.connection);
  const pendingCount = useAppStore((state) => state.pendingCount);
  const signOut = useAppStore((state) => state.signOut);
  // No signing out while a lookup or redemption is on its way: its answer belongs to this cashier.
  const busy = useAppStore((state) => state.pending);

  return (
    <footer className="status-bar" aria-label="Terminal status">
      {session !== null && (
        <>
          <span className="status-bar__item">
            Cashier: <strong>{session.cashier.name}</strong>
          </span>
          <span className="status-bar__item">
            Terminal: <strong>{session.terminal.name}</strong>
          </span>
          <span className="status-bar__item">Shift opened {dateTime(session.shift.openedAt, session.store)}</span>
        </>
      )}
      <span className={`status-bar__item connection connection--${connection}`} role="status">
        Backend: {CONNECTION_LABEL[connection]}
      </span>
      {scanner !== null && (
        <span className={`status-bar__item scanner scanner--${scanner}`}>Serial scanner: {SCANNER_LABEL[scanner]}</span>
      )}
      <span className={`status-bar__item ${pendingCount > 0 ? 'status-bar__item--warn' : ''}`}>
        Pending outcomes: {pendingCount}
      </span>
      <OutcomeList />
      <ShiftNav />
      <SettingsNav />
      {session !== null && (
        <button className="button button--small" type="button" disabled={busy} onClick={() => void signOut()}>
          Sign out
        </button>
      )}
    </footer>
  );
}
