import { useEffect } from 'react';
import type { SecurityDelay } from '../../../shared/backend-api.js';
import { errorText } from '../../format/error-text.js';
import { dateTime } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';
import { ErrorMessage } from '../ErrorMessage.js';
import './security-panel.css';

/**
 * The manager's Security panel, self-contained: store-wide alerts (raised instead of locking the
 * store) with Dismiss, and every wait running now (a terminal's or cashier's code entry, one
 * ID's sign-in or approvals on one terminal) with Lift. It loads itself when shown.
 */
export function SecurityPanel() {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const security = useAppStore((state) => state.security);
  const error = useAppStore((state) => state.securityError);
  const loadSecurity = useAppStore((state) => state.loadSecurity);
  const dismiss = useAppStore((state) => state.dismissSecurityAlert);
  const lift = useAppStore((state) => state.liftDelay);
  useEffect(() => void loadSecurity(), [loadSecurity]);

  const waitLabel = (delay: SecurityDelay): string =>
    t(`security.wait.${delay.kind}`, {
      terminal: delay.terminalName ?? '—',
      staff: delay.staffName ?? t('security.unknownStaff'),
    });

  return (
    <section className="security-panel" aria-labelledby="security-heading">
      <div className="security-panel__head">
        <h2 id="security-heading">{t('security.heading')}</h2>
        <button className="button button--small" type="button" onClick={() => void loadSecurity()}>
          {t('security.refresh')}
        </button>
      </div>
      {error !== null && <ErrorMessage text={errorText(error, store)} />}
      <h3>{t('security.alertsHeading')}</h3>
      {security !== null && security.alerts.length === 0 && <p>{t('security.noAlerts')}</p>}
      <ul className="security-panel__list">
        {security?.alerts.map((alert) => {
          const said = t(`security.alert.${alert.kind}`, {
            count: alert.failureCount,
            since: dateTime(alert.raisedAt, store),
          });
          return (
            <li key={alert.id} className="security-panel__alert">
              <p className="security-panel__what">{said}</p>
              <p>{t('security.alertNext')}</p>
              <button
                className="button button--small"
                type="button"
                aria-label={`${t('security.dismiss')}: ${said}`}
                onClick={() => void dismiss(alert.id)}
              >
                {t('security.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
      <h3>{t('security.waitsHeading')}</h3>
      {security !== null && security.delays.length === 0 && <p>{t('security.noWaits')}</p>}
      <ul className="security-panel__list">
        {security?.delays.map((delay) => {
          const what = waitLabel(delay);
          return (
            <li key={`${delay.kind} ${delay.subject}`} className="security-panel__wait">
              <span className="security-panel__what">{what}</span>
              <span>{t('security.until', { date: dateTime(delay.delayedUntil, store) })}</span>
              <button
                className="button button--small"
                type="button"
                aria-label={`${t('security.lift')}: ${what}`}
                onClick={() => void lift({ kind: delay.kind, subject: delay.subject })}
              >
                {t('security.lift')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
