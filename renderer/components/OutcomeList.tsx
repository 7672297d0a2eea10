import { maskCode } from '../../shared/claim-code.js';
import type { Outcome } from '../../shared/terminal-api.js';
import { money } from '../format/store-format.js';
import { useAppStore } from '../store/store-context.js';
import { PrintButton } from './PrintButton.js';
import { useT } from '../i18n/index.js';

/**
 * Redemptions and sales whose answer was lost (a dropped connection, a restart): the ones still
 * pending and what became of the others, so the cashier knows which customers were charged and
 * which cards were credited.
 */
export function OutcomeList() {
  const outcomes = useAppStore((state) => state.outcomes);
  const store = useAppStore((state) => state.session?.store);
  const signedIn = useAppStore((state) => state.session !== null);
  const printRedemption = useAppStore((state) => state.printRedemption);
  const printSaleReceipt = useAppStore((state) => state.printSaleReceipt);
  const { t } = useT();
  const outcomeText: Record<Outcome['state'], string> = {
    checking: t('redeem.error.checking'),
    unknown: t('outcomeList.unknown'),
    applied: t('shift.reconciliation.charged'),
    reversed: t('shift.reconciliation.notCharged'),
  };
  // A sale puts money on the card: it was credited, or not.
  const saleText: Record<Outcome['state'], string> = {
    ...outcomeText,
    applied: t('outcomeList.credited'),
    reversed: t('outcomeList.notCredited'),
  };
  const shown = [...outcomes.pending, ...outcomes.resolved.slice(-5).reverse()];
  if (shown.length === 0) return null;
  return (
    <ul className="outcome-list" aria-label={t('outcomeList.label')}>
      {shown.map((outcome) => (
        <li key={`${outcome.tenderId}-${outcome.state}`} className={`outcome-list__item outcome--${outcome.state}`}>
          {maskCode(outcome.last4)}
          {amountOf(outcome) !== null && <> · {money(amountOf(outcome) ?? 0, outcome.currency, store)}</>}
          {' · '}
          {outcome.kind === undefined ? outcomeText[outcome.state] : saleText[outcome.state]}
          {/* Settled after the check: the receipt shows the balance the backend reported. */}
          {outcome.state === 'applied' && outcome.redemption && signedIn && (
            <PrintButton
              label={t('recoveredReceipt.print', { card: maskCode(outcome.last4) })}
              onPrint={() => printRedemption(outcome.redemption?.id ?? '', null)}
            />
          )}
          {outcome.state === 'applied' && outcome.sale && signedIn && (
            <PrintButton
              label={t('recoveredReceipt.print', { card: maskCode(outcome.last4) })}
              onPrint={() => printSaleReceipt(outcome.sale?.id ?? '')}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/** What was asked, or what the backend took when the full balance was asked for. */
function amountOf(outcome: Outcome): number | null {
  return outcome.redemption?.amountMinor ?? outcome.sale?.amountMinor ?? outcome.amountMinor;
}
