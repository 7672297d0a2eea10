import { useEffect, useRef } from 'react';
import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { money } from '../format/store-format.js';
import { PrintControls } from './PrintControls.js';
import { ReceiptPreview } from './ReceiptPreview.js';

/**
 * The backend's answer, shown exactly as returned: amount, balance before and after, transaction id.
 * Focus lands on the result, not on Next customer, so a repeated Enter from the confirm step cannot
 * skip past it before the cashier has read it.
 */
export function ApprovedPanel() {
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => panelRef.current?.focus(), []);
  const redemption = useAppStore((state) => state.redemption);
  const stillDueMinor = useAppStore((state) => state.stillDueMinor);
  const store = useAppStore((state) => state.session?.store);
  const nextCustomer = useAppStore((state) => state.nextCustomer);
  if (redemption === null) return null;
  const format = (amountMinor: number) => money(amountMinor, redemption.currency, store);

  return (
    <div className="approved" ref={panelRef} tabIndex={-1}>
      <div role="status">
        <h2 className="approved__title">Approved</h2>
      </div>
      <div role="group" aria-label="Redemption">
        <dl className="facts">
          <dt>Card</dt>
          <dd>{maskCode(redemption.card.last4)}</dd>
          <dt>Amount redeemed</dt>
          <dd className="facts__money">{format(redemption.amountMinor)}</dd>
          <dt>Balance before</dt>
          <dd>{format(redemption.balanceBeforeMinor)}</dd>
          <dt>Balance after</dt>
          <dd>{format(redemption.balanceAfterMinor)}</dd>
          <dt>Transaction</dt>
          <dd className="facts__id">{redemption.id}</dd>
        </dl>
      </div>
      {stillDueMinor !== null && stillDueMinor > 0 && (
        <p className="message message--warn" role="alert">
          Still due: {format(stillDueMinor)} — take another tender
        </p>
      )}
      <PrintControls redemptionId={redemption.id} stillDueMinor={stillDueMinor} />
      <ReceiptPreview redemption={redemption} stillDueMinor={stillDueMinor} />
      <button className="button button--primary" type="button" onClick={nextCustomer}>
        Next customer
      </button>
    </div>
  );
}
