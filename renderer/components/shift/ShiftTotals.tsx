import type { Store, Totals } from '../../../shared/backend-api.js';
import { dateTime, money } from '../../format/store-format.js';

/** The backend's totals for a shift, as counts and sums in the store's locale. */
export function ShiftTotals({ totals, store, label }: { totals: Totals; store: Store | undefined; label: string }) {
  const format = (amountMinor: number) => money(amountMinor, totals.currency, store);
  const when = (iso: string | null) => (iso === null ? 'None yet' : dateTime(iso, store));
  return (
    <div role="group" aria-label={label}>
      <dl className="facts">
        <dt>Redemptions</dt>
        <dd>{totals.redemptionCount}</dd>
        <dt>Redeemed</dt>
        <dd className="facts__money">{format(totals.redeemedMinor)}</dd>
        <dt>Full balance</dt>
        <dd>{totals.fullRedemptionCount}</dd>
        <dt>Partial</dt>
        <dd>{totals.partialRedemptionCount}</dd>
        <dt>Voids</dt>
        <dd>{totals.voidCount}</dd>
        <dt>Voided</dt>
        <dd>{format(totals.voidedMinor)}</dd>
        <dt>Reversals</dt>
        <dd>{totals.reversalCount}</dd>
        <dt>Reversed</dt>
        <dd>{format(totals.reversedMinor)}</dd>
        <dt>Net redeemed</dt>
        <dd className="facts__money">{format(totals.netMinor)}</dd>
        <dt>Lockouts</dt>
        <dd>{totals.lockoutCount}</dd>
        <dt>First activity</dt>
        <dd>{when(totals.firstActivityAt)}</dd>
        <dt>Last activity</dt>
        <dd>{when(totals.lastActivityAt)}</dd>
      </dl>
    </div>
  );
}
