import { maskCode } from '../../shared/claim-code.js';
import type { Outcome } from '../../shared/terminal-api.js';
import { money } from '../format/store-format.js';
import { useT } from '../i18n/index.js';
import { useAppStore } from '../store/store-context.js';
import { PrintButton } from './PrintButton.js';

/**
 * One redemption or sale whose answer was lost: the card, the amount, what became of it, and
 * Print receipt once it is known to have gone through.
 */
export function OutcomeItem({ outcome }: { outcome: Outcome }) {
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
  const amount = amountOf(outcome);
  const printLabel = t('recoveredReceipt.print', { card: maskCode(outcome.last4) });
  return (
    <li className={`outcome-list__item outcome--${outcome.state}`}>
      {maskCode(outcome.last4)}
      {amount !== null && <> · {money(amount, outcome.currency, store)}</>}
      {' · '}
      {outcome.kind === undefined ? outcomeText[outcome.state] : saleText[outcome.state]}
      {/* Settled after the check: the receipt shows the balance the backend reported. */}
      {outcome.state === 'applied' && outcome.redemption && signedIn && (
        <PrintButton label={printLabel} onPrint={() => printRedemption(outcome.redemption?.id ?? '', null)} />
      )}
      {outcome.state === 'applied' && outcome.sale && signedIn && (
        <PrintButton label={printLabel} onPrint={() => printSaleReceipt(outcome.sale?.id ?? '')} />
      )}
    </li>
  );
}

/** What was asked, or what the backend took when the full balance was asked for. */
function amountOf(outcome: Outcome): number | null {
  return outcome.redemption?.amountMinor ?? outcome.sale?.amountMinor ?? outcome.amountMinor;
}
