import type { Store } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import type { TerminalClose } from '../../../shared/terminal-api.js';
import { money } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';

/**
 * The Z report's check of this terminal's own record against the backend's ledger, and the
 * redemptions whose answer was lost and that the terminal settled by asking during the shift.
 */
export function Reconciliation({
  terminal,
  currency,
  store,
}: {
  terminal: TerminalClose | undefined;
  currency: string;
  store: Store | undefined;
}) {
  const { t } = useT();
  if (terminal === undefined) return null;
  const { reconciliation, resolved } = terminal;
  const format = (amountMinor: number) => money(amountMinor, currency, store);
  return (
    <section className="reconciliation" aria-label={t('shift.reconciliation.label')}>
      {reconciliation.matched ? (
        <p role="status">
          {t('shift.reconciliation.agree', {
            count: reconciliation.terminalCount,
            amount: format(reconciliation.terminalMinor),
          })}
        </p>
      ) : (
        <div role="alert">
          <h2>{t('shift.reconciliation.differ')}</h2>
          <ul>
            {reconciliation.differences.map((difference, index) => (
              <li key={`${difference.kind}-${difference.last4}-${index}`}>
                {maskCode(difference.last4)} · {format(difference.amountMinor)} ·{' '}
                {t(`shift.reconciliation.${difference.kind}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {resolved.length > 0 && (
        <ul aria-label={t('shift.reconciliation.resolvedLabel')}>
          {resolved.map((outcome) => (
            <li key={outcome.tenderId}>
              {maskCode(outcome.last4)} · {format(outcome.redemption?.amountMinor ?? outcome.amountMinor ?? 0)} ·{' '}
              {outcome.state === 'applied' ? t('shift.reconciliation.charged') : t('shift.reconciliation.notCharged')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
