import { useEffect, useRef } from 'react';
import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { money } from '../format/store-format.js';
import { PrintControls } from './PrintControls.js';
import { ReceiptPreview } from './ReceiptPreview.js';
import { NextCustomerButton } from './NextCustomerButton.js';
import { useT } from '../i18n/index.js';

/**
 * The backend's answer, shown exactly as returned: amount, balance before and after, transaction id.
 * Focus lands on the result, not on Next customer, so a repeated Enter from the confirm step cannot
 * skip past it before the cashier has read it.
 */
export function ApprovedPanel() {
  const { t } = useT();
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => panelRef.current?.focus(), []);
  const redemption = useAppStore((state) => state.redemption);
  const stillDueMinor = useAppStore((state) => state.stillDueMinor);
  const store = useAppStore((state) => state.session?.store);
  if (redemption === null) return null;
  const format = (amountMinor: number) => money(amountMinor, redemption.currency, store);

  return (
    <div className="approved" ref={panelRef} tabIndex={-1}>
      <div role="status">
        <h2 className="approved__title">{t('redeem.approved.title')}</h2>
      </div>
      <div role="group" aria-label={t('redeem.approved.group')}>
        <dl className="facts">
          <dt>{t('redeem.approved.card')}</dt>
          <dd>{maskCode(redemption.card.last4)}</dd>
          <dt>{t('redeem.approved.amountRedeemed')}</dt>
          <dd className="facts__money">{format(redemption.amountMinor)}</dd>
          <dt>{t('redeem.approved.balanceBefore')}</dt>
          <dd>{format(redemption.balanceBeforeMinor)}</dd>
          <dt>{t('redeem.approved.balanceAfter')}</dt>
          <dd>{format(redemption.balanceAfterMinor)}</dd>
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
      <ReceiptPreview redemption={redemption} stillDueMinor={stillDueMinor} />
      <NextCustomerButton primary />
    </div>
  );
}
