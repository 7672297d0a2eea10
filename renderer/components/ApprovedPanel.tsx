import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { money } from '../format/store-format.js';
import { PrintControls } from './PrintControls.js';
import { NextCustomerButton } from './NextCustomerButton.js';
import { CodeEntry } from './CodeEntry.js';
import { VoidApprovedRedemption } from './manager/VoidRedemption.js';
import { useT } from '../i18n/index.js';

/**
 * The backend's answer, shown exactly as returned: amount, balance before and after, transaction id
 * (the receipt preview is beside it). The code field stays ready: the next card scanned or typed
 * starts the next customer by itself. An Enter in the empty field does nothing, so a repeated Enter
 * from the confirm step cannot skip past the result.
 */
export function ApprovedPanel() {
  const { t } = useT();
  const redemption = useAppStore((state) => state.redemption);
  const stillDueMinor = useAppStore((state) => state.stillDueMinor);
  const store = useAppStore((state) => state.session?.store);
  if (redemption === null) return null;
  const format = (amountMinor: number) => money(amountMinor, redemption.currency, store);

  return (
    <div className="approved step">
      <div className="step__body">
        <div role="status">
          <h2 className="approved__title">{t('redeem.approved.title')}</h2>
        </div>
        <div role="group" aria-label={t('redeem.approved.group')}>
          <dl className="facts facts--pairs">
            <dt>{t('redeem.approved.amountRedeemed')}</dt>
            <dd className="facts__money">{format(redemption.amountMinor)}</dd>
            <dt>{t('redeem.approved.balanceAfter')}</dt>
            <dd className="facts__money">{format(redemption.balanceAfterMinor)}</dd>
            <dt>{t('redeem.approved.balanceBefore')}</dt>
            <dd>{format(redemption.balanceBeforeMinor)}</dd>
            <dt>{t('redeem.approved.card')}</dt>
            <dd>{maskCode(redemption.card.last4)}</dd>
            <dt>{t('redeem.approved.transaction')}</dt>
            <dd className="facts__id">{redemption.id}</dd>
          </dl>
        </div>
        {stillDueMinor !== null && stillDueMinor > 0 && (
          <p className="message message--warn" role="alert">
            {t('redeem.approved.stillDue', { amount: format(stillDueMinor) })}
          </p>
        )}
        <PrintControls redemptionId={redemption.id} stillDueMinor={stillDueMinor} />
      </div>
      <div className="step__actions">
        <CodeEntry next />
        <div className="actions">
          <NextCustomerButton />
          <VoidApprovedRedemption />
        </div>
      </div>
    </div>
  );
}
